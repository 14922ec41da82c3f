import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#core/auth/passwords';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { ladderForm } from '#scripts/kit/ladder-definition';
import { eventually } from '#scripts/kit/eventually';

describe.each(testDatabases())('human tasks and the inbox on $name', (database) => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const report = async () => {
    const submissionId = randomUUID();
    const answer = await (
      await as('ent01')
    ).request('POST', '/api/forms/shortage/submissions', { submissionId, data: { summary: '水泥断供三天' } });
    expect(answer.status).toBe(202);
    return submissionId;
  };
  const taskOf = async (username: string, box: string, submissionId: string) =>
    eventually(
      async () =>
        ((await (await as(username)).request('GET', `/api/tasks?box=${box}`)).body.tasks ?? []).find(
          (t: { submissionId: string }) => t.submissionId === submissionId,
        ),
      (task) => Boolean(task),
    );

  beforeAll(async () => {
    system = await startSystem(database);
    const admin = await as('admin');
    expect(
      (await admin.request('PUT', '/api/admin/forms/shortage/draft', { ...ladderForm('shortage'), audience: ['enterprise'] })).status,
    ).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/shortage/publish')).status).toBe(200);
    const group = await system.db('working_groups').where({ key: 'coordination' }).first();
    await system.db('users').insert({
      username: 'class-coordination-2',
      display_name: '专班·综合协调组（二）',
      role: 'special_class',
      working_group_id: group.id,
      password_hash: await hashPassword(DEMO_PASSWORD),
      email: 'c2@demo.fugong.local',
      created_at: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('puts the report in the assigned cadre’s inbox and emails the cadre', async () => {
    const submissionId = await report();
    const task = await taskOf('cadre1', 'mine', submissionId);
    expect(task).toMatchObject({
      step: 'cadre',
      status: 'open',
      enterpriseName: '泉城城市建设投资集团有限公司',
      allowedActions: ['resolve', 'escalate'],
    });
    expect(
      ((await (await as('cadre2')).request('GET', '/api/tasks?box=mine')).body.tasks as { id: string }[]).map((t) => t.id),
    ).not.toContain(task.id);
    const mails = await eventually(
      () => system.db('outbox').where({ template: 'task-assigned', to_address: 'cadre1@demo.fugong.local' }).select('subject'),
      (rows) => rows.length > 0,
    );
    const { caseNumber } = await system.db('submissions').where({ id: submissionId }).first('case_number as caseNumber');
    expect(mails[0].subject).toBe(`【复工】新待办：物资短缺报告 · 包挂干部办理（${caseNumber}）`);
  });

  it('refuses a decision from outside the task’s scope with 403 before it reaches the workflow', async () => {
    const submissionId = await report();
    const task = await taskOf('cadre1', 'mine', submissionId);
    const refused = await (
      await as('hq')
    ).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action: 'resolve', comment: '越权' });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'not_your_task' } } });
    expect(
      (await (await as('cadre2')).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action: 'resolve' })).status,
    ).toBe(404);
    const history = await system.client.workflow.getHandle(task.workflowId).fetchHistory();
    expect(history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(0);
    expect(
      (await (await as('cadre1')).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action: 'approve' })).status,
    ).toBe(422);
  });

  it('climbs to the working group on escalation; of two members deciding at once one succeeds and the other gets 409', async () => {
    const submissionId = await report();
    const first = await taskOf('cadre1', 'mine', submissionId);
    const escalated = await (
      await as('cadre1')
    ).request('POST', `/api/tasks/${encodeURIComponent(first.id)}/decide`, { action: 'escalate', comment: '需协调水泥供应' });
    expect(escalated.status).toBe(200);
    const second = await taskOf('class-coordination', 'groups', submissionId);
    expect(second).toMatchObject({ step: 'group', candidateRole: 'special_class' });
    expect(
      ((await (await as('class-personnel')).request('GET', '/api/tasks?box=groups')).body.tasks as { id: string }[]).map((t) => t.id),
    ).not.toContain(second.id);

    const path = `/api/tasks/${encodeURIComponent(second.id)}/decide`;
    const [a, b] = await Promise.all([
      (await as('class-coordination')).request('POST', path, { action: 'resolve', data: { note: '已协调商混站供货' } }),
      (await as('class-coordination-2')).request('POST', path, { action: 'resolve', data: { note: '我也来办' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.error.message).toBe('该待办已办结或已转办，请刷新');

    const settled = await eventually(
      async () => (await (await as('ent01')).request('GET', `/api/submissions/${submissionId}`)).body.submission,
      (s) => s.status === 'settled',
    );
    expect(settled.result).toMatchObject({
      status: 'settled',
      stage: 'group',
      action: 'resolve',
      path: [
        { stage: 'cadre', outcome: 'escalate' },
        { stage: 'group', outcome: 'resolve' },
      ],
    });
    const rows = await system
      .db('tasks')
      .whereIn('id', [first.taskKey, second.taskKey])
      .orderBy('created_at')
      .select('status', 'decided_by');
    expect(rows.map((r) => r.status)).toEqual(['done', 'done']);
  });

  it('lets a member claim a group task so that others cannot decide it, and release it again', async () => {
    const submissionId = await report();
    const first = await taskOf('cadre1', 'mine', submissionId);
    await (await as('cadre1')).request('POST', `/api/tasks/${encodeURIComponent(first.id)}/decide`, { action: 'escalate' });
    const task = await taskOf('class-coordination', 'groups', submissionId);
    const id = encodeURIComponent(task.id);
    expect((await (await as('class-coordination')).request('POST', `/api/tasks/${id}/claim`)).status).toBe(200);
    expect((await (await as('class-coordination-2')).request('POST', `/api/tasks/${id}/claim`)).status).toBe(409);
    expect(
      (await (await as('class-coordination-2')).request('POST', `/api/tasks/${id}/decide`, { action: 'resolve' })).body.error.code,
    ).toBe('task_taken');
    expect((await (await as('class-coordination')).request('POST', `/api/tasks/${id}/release`)).status).toBe(200);
    expect((await (await as('class-coordination')).request('POST', `/api/tasks/${id}/comments`, { body: '转交第二位同事' })).status).toBe(
      201,
    );
    const cadre3 = await system.db('users').where({ username: 'cadre3' }).first();
    expect(
      (await (await as('class-coordination')).request('POST', `/api/tasks/${id}/reassign`, { userId: cadre3.id, reason: '熟悉该企业' }))
        .status,
    ).toBe(200);
    expect((await (await as('class-coordination-2')).request('POST', `/api/tasks/${id}/decide`, { action: 'resolve' })).status).toBe(404);
    expect((await (await as('cadre3')).request('POST', `/api/tasks/${id}/decide`, { action: 'reject', comment: '不属实' })).status).toBe(
      200,
    );
    const done = await eventually(
      async () => (await (await as('ent01')).request('GET', `/api/submissions/${submissionId}`)).body.submission,
      (s) => s.status === 'rejected',
    );
    expect(done.status).toBe('rejected');
    const detail = await (await as('admin')).request('GET', `/api/tasks/${id}`);
    expect(detail.body.comments.map((c: { body: string }) => c.body)).toEqual(['转交第二位同事', '熟悉该企业']);
  });

  it('keeps each user’s saved filters to themselves', async () => {
    const cadre = await as('cadre1');
    const saved = await cadre.request('POST', '/api/saved-filters', { name: '逾期待办', query: { box: 'mine', overdue: '1' } });
    expect(saved.status).toBe(201);
    await cadre.request('POST', '/api/saved-filters', { name: '逾期待办', query: { box: 'mine', overdue: '1', sort: 'priority' } });
    expect((await cadre.request('GET', '/api/saved-filters')).body.filters).toEqual([
      { id: saved.body.filter.id, name: '逾期待办', query: { box: 'mine', overdue: '1', sort: 'priority' } },
    ]);
    expect((await (await as('cadre2')).request('GET', '/api/saved-filters')).body.filters).toEqual([]);
    expect((await (await as('cadre2')).request('DELETE', `/api/saved-filters/${saved.body.filter.id}`)).status).toBe(404);
    expect((await cadre.request('DELETE', `/api/saved-filters/${saved.body.filter.id}`)).status).toBe(204);
  });
});
