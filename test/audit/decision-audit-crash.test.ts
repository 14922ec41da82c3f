// "Every state change audited" across a stopped process: a cadre's decision and an enterprise's verdict that the workflow
// took just before the web process stopped are in the audit log once held entries are settled from the workflow's
// history (as every web process does on its timer); a decision the workflow refused is in it never; and an enterprise
// whose answer the workflow took is told so even when recording the answer's files fails afterwards.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInOnce } from '#scripts/kit/http-session';
import { eventually } from '#scripts/kit/eventually';
import { settlePendingAudits } from '#web/server/audit/pending-audits';
import { historyLookup, settlePendingReplies, SETTLE_AFTER_MS } from '#web/server/cases/pending-replies';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { stoppingAfterUpdate } from '../helpers/stopping-after-update';

interface TaskRow {
  id: string;
  taskKey: string;
  submissionId: string;
  step: string;
  status: string;
}

interface Entry {
  action: string;
  actor: { username: string } | null;
  actorRole: string | null;
  summary: Record<string, unknown>;
}

describe.each(testDatabases())('audit entries of decisions across a stopped web process on $name', (database) => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  beforeAll(async () => {
    system = await startSystem(database);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const fileDifficulty = async (summary: string) => {
    const id = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/difficulty-report/submissions', { submissionId: id, data: { category: 'materials', summary } });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    return id;
  };
  const cadreTask = async (submissionId: string): Promise<TaskRow> => {
    const found = await eventually(
      async () =>
        ((await (await as('cadre1')).request('GET', '/api/tasks?box=mine')).body.tasks as TaskRow[]).find(
          (t) => t.submissionId === submissionId && t.step === 'cadre' && ['open', 'claimed'].includes(t.status),
        ),
      Boolean,
    );
    expect(found, 'cadre1 should see an open cadre task').toBeDefined();
    return found!;
  };
  const decide = (task: TaskRow, action: string, data: Record<string, unknown>) =>
    as('cadre1').then((cadre) => cadre.request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action, data }));
  const statusBecomes = (id: string, status: string) =>
    eventually(
      async () => (await (await as('ent01')).request('GET', `/api/submissions/${id}`)).body.submission,
      (submission) => submission.status === status,
    );
  const logged = async (action: string, targetId: string): Promise<Entry[]> => {
    const answer = await (await as('admin')).request('GET', `/api/audit?action=${action}&targetId=${encodeURIComponent(targetId)}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.entries;
  };
  // Settled as every web process does on its timer, once what is held is old enough to have arrived.
  const settle = async () => {
    const deps = { db: system.db, now: () => new Date(Date.now() + SETTLE_AFTER_MS), lookup: historyLookup(system.client) };
    return { audits: await settlePendingAudits(deps), replies: await settlePendingReplies(deps) };
  };
  /** Runs `request` with a web process that stops right after the workflow took an update, before anything after it. */
  const stopping = <T>(request: () => Promise<T>) => stoppingAfterUpdate(system.client.workflow, request);

  it('logs the decision and the verdict the workflow took just before the process stopped', async () => {
    const id = await fileDifficulty('塔吊司机无法返岗，需协调通行');
    const task = await cadreTask(id);
    const resolution = { resolution: '已联系交通部门办理通行证', outcome: 'solved-on-site' };
    expect((await stopping(() => decide(task, 'resolve', resolution))).status).toBe(500);
    // The decision stands, yet nothing was logged before the process stopped.
    await statusBecomes(id, 'resolved');
    expect(await logged('task.decide', task.id)).toEqual([]);

    const ent01 = await as('ent01');
    const confirmed = await stopping(() => ent01.request('POST', `/api/submissions/${id}/case/verdict`, { verdict: 'confirm' }));
    expect(confirmed.status).toBe(500);
    await statusBecomes(id, 'settled');
    expect(await logged('case.confirm', id)).toEqual([]);

    expect((await settle()).audits).toEqual({ accepted: 2, dropped: 0 });
    expect(await logged('task.decide', task.id)).toEqual([
      expect.objectContaining({
        action: 'task.decide',
        actor: expect.objectContaining({ username: 'cadre1' }),
        actorRole: 'cadre',
        summary: { action: 'resolve', submissionId: id },
      }),
    ]);
    expect(await logged('case.confirm', id)).toEqual([
      expect.objectContaining({ action: 'case.confirm', actor: expect.objectContaining({ username: 'ent01' }), summary: { reason: '' } }),
    ]);
    // Settling again writes nothing twice.
    expect((await settle()).audits).toEqual({ accepted: 0, dropped: 0 });
    expect(await logged('task.decide', task.id)).toHaveLength(1);
  });

  it('logs no decision or verdict the workflow refused', async () => {
    const id = await fileDifficulty('防疫物资短缺，口罩仅够两天');
    const task = await cadreTask(id);
    // A task row that does not say which fields each action needs: the route lets the decision through, the workflow's
    // own check refuses it.
    const stored = await system.db('tasks').where({ id: task.taskKey }).first('completion_schema');
    const { 'x-required-by-action': _byAction, ...bare } = JSON.parse(stored.completion_schema);
    await system
      .db('tasks')
      .where({ id: task.taskKey })
      .update({ completion_schema: JSON.stringify(bare) });
    const refused = await decide(task, 'resolve', { resolution: '已协调' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ path: '/data/outcome', message: '请选择「办结方式」' }]);
    const early = await (await as('ent01')).request('POST', `/api/submissions/${id}/case/verdict`, { verdict: 'confirm' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('该事项当前不需要您答复，请刷新查看最新状态');

    // Refused, their entries are let go at once, and settling finds nothing to log either.
    expect(await system.db('audit_pending').whereIn('target_id', [task.taskKey, id]).pluck('action')).toEqual([]);
    await settle();
    expect(await logged('task.decide', task.id)).toEqual([]);
    expect(await logged('case.confirm', id)).toEqual([]);
  });

  it('tells the enterprise its answer was taken when recording the answer fails afterwards, and settles the rest', async () => {
    const id = await fileDifficulty('钢筋供应商停产，需更换供应渠道');
    const returned = await decide(await cadreTask(id), 'return', { note: '请说明所需钢筋规格和数量' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    await statusBecomes(id, 'returned');

    // The answer's row cannot be marked accepted (a full disk, a lost connection) once the workflow has taken it.
    const refuse = "'the answer could not be marked'";
    if (database.name === 'sqlite')
      await system.db.raw(`create trigger refuse_reply before update on case_replies begin select raise(abort, ${refuse}); end`);
    else {
      await system.db.raw(`create function refuse_reply() returns trigger as $$ begin raise exception ${refuse}; end $$ language plpgsql`);
      await system.db.raw('create trigger refuse_reply before update on case_replies for each row execute function refuse_reply()');
    }
    const text = '需 HRB400 螺纹钢 120 吨';
    const answered = await (await as('ent01')).request('POST', `/api/submissions/${id}/case/reply`, { text });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toEqual({ accepted: true });
    await statusBecomes(id, 'received');
    expect(await logged('case.reply', id)).toEqual([expect.objectContaining({ summary: { files: 0 } })]);

    await system.db.raw('drop trigger refuse_reply' + (database.name === 'sqlite' ? '' : ' on case_replies'));
    expect((await settle()).replies).toEqual({ accepted: 1, dropped: 0 });
    expect(await system.db('case_replies').where({ submission_id: id }).whereNotNull('accepted_at').pluck('text')).toEqual([text]);
  });
});
