// When an enterprise changes cadre, its open tasks move with it. The former cadre kept reading the case (the contact's
// mobile in full) and could still reject it, while the new cadre never saw it. Now: once the assignment ends, the former
// cadre can neither open nor decide the task; when the next cadre is assigned, the task is theirs (workflow and row),
// with a comment and an audit entry, and they can decide it. A task handed by hand to a cadre who never looked after the
// enterprise stays where it was put.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '#scripts/kit/eventually';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { listedIn, taskPath } from '../helpers/inbox-fixtures';

describe.each(testDatabases())('tasks follow the enterprise to its next cadre, on $name', (database) => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const userId = async (username: string) => Number((await system.db('users').where({ username }).first('id')).id);

  beforeAll(async () => {
    system = await startSystem(database);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('hides the task from the former cadre, then hands it to the new one, who decides it', async () => {
    const enterpriseId = Number((await system.db('users').where({ username: 'ent05' }).first('enterprise_id')).enterprise_id);
    const submissionId = randomUUID();
    const filed = await (
      await as('ent05')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId,
      data: { category: 'materials', summary: '钢材供应中断，无法按期复工', contactName: '赵工', contactMobile: '13955557777' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const task = (await eventually(
      () => system.db('tasks').where({ submission_id: submissionId, status: 'open' }).first('id', 'assignee_user_id'),
      Boolean,
    )) as { id: string; assignee_user_id: number };
    const admin = await as('admin');
    const current = (await admin.request('GET', `/api/assignments?enterpriseId=${enterpriseId}`)).body.assignments[0];
    expect(Number(task.assignee_user_id)).toBe(current.cadreId);
    const former = (await system.db('users').where({ id: current.cadreId }).first('username')).username as string;
    const formerCadre = await as(former);
    expect((await formerCadre.request('GET', taskPath(task.id, '/timeline'))).body.submission.data.contactMobile).toBe('13955557777');

    expect((await admin.request('DELETE', `/api/assignments/${current.id}`, { reason: '工作调整' })).status).toBe(204);
    // No longer theirs to read or decide, though it still bears their name until the next cadre is assigned.
    for (const [method, rest, body] of [
      ['GET', '', undefined],
      ['GET', '/timeline', undefined],
      ['POST', '/decide', { action: 'reject', data: { note: '已调岗' } }],
    ] as const) {
      const answer = await formerCadre.request(method, taskPath(task.id, rest), body);
      expect(answer.status, `${method} ${rest}`).toBe(404);
      expect(JSON.stringify(answer.body)).not.toContain('13955557777');
    }

    const next = { id: await userId(former === 'cadre3' ? 'cadre2' : 'cadre3') };
    // The next cadre may be full (at most five): free a place first.
    const theirs = await system.db('cadre_assignments').where({ cadre_id: next.id }).whereNull('ended_at').select('id');
    if (theirs.length >= 5)
      expect((await admin.request('DELETE', `/api/assignments/${theirs[0].id}`, { reason: '腾出名额' })).status).toBe(204);
    const assigned = await admin.request('POST', '/api/assignments', { cadreId: next.id, enterpriseId });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
    expect(assigned.body.handedOver).toBe(1);

    const row = await system.db('tasks').where({ id: task.id }).first('assignee_user_id', 'status');
    expect({ assignee: Number(row.assignee_user_id), status: row.status }).toEqual({ assignee: next.id, status: 'open' });
    const nextName = (await system.db('users').where({ id: next.id }).first('username')).username as string;
    expect(await listedIn(as, nextName, 'mine', task.id)).toBe(true);
    expect(await listedIn(as, former, 'mine', task.id)).toBe(false);
    const comments = (await (await as(nextName)).request('GET', taskPath(task.id))).body.comments as { body: string }[];
    expect(comments.map((c) => c.body)).toContain('包挂关系变更，待办随企业移交新的包挂干部');
    // The system's words, not the language of whoever assigned the cadre: a reader in English reads them in English.
    const inEnglish = (await (await as(nextName, 'en')).request('GET', taskPath(task.id))).body.comments as { body: string }[];
    expect(inEnglish.map((c) => c.body)).toContain('The enterprise changed cadre; its tasks moved with it');
    const audit = await system.db('audit_log').where({ action: 'task.reassign', target_id: task.id });
    expect(audit).toHaveLength(1);
    // The audit page and its CSV give the reason in the reader's language too.
    const logged = async (locale: 'zh-CN' | 'en') =>
      (await (await as('admin', locale)).request('GET', `/api/audit?action=task.reassign&targetId=${encodeURIComponent(task.id)}`)).body
        .entries[0].described as string[];
    expect(await logged('zh-CN')).toContain('原因：包挂关系变更，待办随企业移交新的包挂干部');
    expect(await logged('en')).toContain('Reason: The enterprise changed cadre; its tasks moved with it');
    const csv = new TextDecoder().decode(
      (await admin.download(`/api/audit/export.csv?action=task.reassign&targetId=${encodeURIComponent(task.id)}&lang=en`)).bytes,
    );
    expect(csv).toContain('Reason: The enterprise changed cadre; its tasks moved with it');
    expect(csv).not.toContain('包挂关系变更');

    // The workflow took the reassignment: the new cadre's decision goes through, the former cadre's would not.
    const decided = await (
      await as(nextName)
    ).request('POST', taskPath(task.id, '/decide'), { action: 'escalate', data: { note: '需协调钢材供应' } });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    await eventually(
      () => system.db('tasks').where({ id: task.id }).first('status', 'decided_by'),
      (done) => done.status === 'done' && Number(done.decided_by) === next.id,
    );
  });

  it('hands the tasks over when a CSV import moves the enterprise to another cadre', async () => {
    const { enterprise_id: enterpriseId } = await system.db('users').where({ username: 'ent04' }).first('enterprise_id');
    const submissionId = randomUUID();
    const filed = await (
      await as('ent04')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId,
      data: { category: 'funds', summary: '复工资金周转困难，工资发放延迟' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const task = (await eventually(
      () => system.db('tasks').where({ submission_id: submissionId, status: 'open' }).first('id', 'assignee_user_id'),
      Boolean,
    )) as { id: string; assignee_user_id: number };
    // The cadre with the fewest enterprises other than the current one takes it.
    const counts: { cadre_id: number; n: number }[] = await system
      .db('cadre_assignments')
      .whereNull('ended_at')
      .groupBy('cadre_id')
      .select('cadre_id', system.db.raw('count(*) as n'));
    const cadres = await system.db('users').where({ role: 'cadre', active: true }).select('id', 'username');
    const next = cadres
      .filter((c) => Number(c.id) !== Number(task.assignee_user_id))
      .map((c) => ({ ...c, n: Number(counts.find((row) => Number(row.cadre_id) === Number(c.id))?.n ?? 0) }))
      .sort((a, b) => a.n - b.n)[0]!;
    const { credit_code: creditCode } = await system.db('enterprises').where({ id: enterpriseId }).first('credit_code');
    const admin = await as('admin');
    // At most five per cadre: free a place first.
    const theirs = await system.db('cadre_assignments').where({ cadre_id: next.id }).whereNull('ended_at').select('id');
    if (theirs.length >= 5)
      expect((await admin.request('DELETE', `/api/assignments/${theirs[0].id}`, { reason: '腾出名额' })).status).toBe(204);
    const imported = await admin.request(
      'POST',
      '/api/import/assignments',
      `cadre_username,enterprise_credit_code\n${next.username},${creditCode}`,
      {
        contentType: 'text/csv',
      },
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ written: true, handedOver: 1 });
    expect(Number((await system.db('tasks').where({ id: task.id }).first('assignee_user_id')).assignee_user_id)).toBe(Number(next.id));
  });
});
