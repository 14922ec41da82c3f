import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { ladderForm } from '#scripts/kit/ladder-definition';
import { eventually } from '#scripts/kit/eventually';

describe('the task page’s process timeline and reassign candidates', () => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const nameOf = async (username: string) => (await system.db('users').where({ username }).first('display_name')).display_name as string;
  const report = async () => {
    const submissionId = randomUUID();
    expect(
      (await (await as('ent01')).request('POST', '/api/forms/shortage-page/submissions', { submissionId, data: { summary: '钢筋断供' } }))
        .status,
    ).toBe(202);
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
    system = await startSystem(testDatabases()[0]!);
    const admin = await as('admin');
    expect(
      (
        await admin.request('PUT', '/api/admin/forms/shortage-page/draft', {
          ...ladderForm('shortage-page'),
          uiSchema: { 'ui:order': ['summary'] },
          audience: ['enterprise'],
        })
      ).status,
    ).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/shortage-page/publish')).status).toBe(200);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('lists every rung of the workflow with its outcome and decider, the originating submission and its events', async () => {
    const submissionId = await report();
    const first = await taskOf('cadre1', 'mine', submissionId);
    expect(
      (
        await (
          await as('cadre1')
        ).request('POST', `/api/tasks/${encodeURIComponent(first.id)}/decide`, { action: 'escalate', comment: '需协调钢筋供应' })
      ).status,
    ).toBe(200);
    const second = await taskOf('class-coordination', 'groups', submissionId);
    const path = `/api/tasks/${encodeURIComponent(second.id)}/timeline`;

    const open = await (await as('class-coordination')).request('GET', path);
    expect(open.status).toBe(200);
    expect(open.body.submission).toMatchObject({ id: submissionId, formKey: 'shortage-page', data: { summary: '钢筋断供' } });
    // With its form's uiSchema, so the page lists the answers in the order the form showed them.
    expect(open.body.submission.uiSchema).toEqual({ 'ui:order': ['summary'] });
    expect(open.body.tasks).toMatchObject([
      {
        id: first.id,
        step: 'cadre',
        status: 'done',
        outcome: 'escalate',
        comment: '需协调钢筋供应',
        decidedByName: await nameOf('cadre1'),
      },
      { id: second.id, step: 'group', status: 'open', outcome: null, decidedByName: null, candidateRole: 'special_class' },
    ]);
    expect(open.body.events.map((e: { kind: string }) => e.kind)).toContain('status.received');

    expect(
      (
        await (
          await as('class-coordination')
        ).request('POST', `/api/tasks/${encodeURIComponent(second.id)}/decide`, { action: 'resolve', data: { note: '已协调' } })
      ).status,
    ).toBe(200);
    const settled = await eventually(
      async () => (await (await as('hq')).request('GET', path)).body,
      (body) => body.events.some((e: { kind: string }) => e.kind === 'status.settled'),
    );
    expect(settled.tasks[1]).toMatchObject({ status: 'done', outcome: 'resolve', decidedByName: await nameOf('class-coordination') });
    expect(settled.events.map((e: { kind: string }) => e.kind)).toContain('status.settled');
  });

  it('keeps the timeline to those who may see the task', async () => {
    const submissionId = await report();
    const task = await taskOf('cadre1', 'mine', submissionId);
    const path = `/api/tasks/${encodeURIComponent(task.id)}/timeline`;
    expect((await (await as('cadre2')).request('GET', path)).status).toBe(404);
    expect((await (await as('class-personnel')).request('GET', path)).status).toBe(404);
    expect((await (await as('ent01')).request('GET', path)).status).toBe(403);
  });

  it('offers as reassign candidates the active handlers other than the assignee, each of whom the reassign route accepts', async () => {
    const submissionId = await report();
    const task = await taskOf('cadre1', 'mine', submissionId);
    const path = `/api/tasks/${encodeURIComponent(task.id)}/candidates`;
    await system.db('users').where({ username: 'cadre2' }).update({ active: false });
    try {
      const answer = await (await as('cadre1')).request('GET', path);
      expect(answer.status).toBe(200);
      const candidates = answer.body.candidates as { id: number; role: string; displayName: string }[];
      const users = await system
        .db('users')
        .whereIn(
          'id',
          candidates.map((c) => c.id),
        )
        .select('id', 'username');
      const usernames = users.map((u) => u.username as string);
      expect(usernames).toEqual(expect.arrayContaining(['cadre3', 'hq', 'class-coordination', 'class-personnel']));
      expect(usernames).not.toContain('cadre1');
      expect(usernames).not.toContain('cadre2');
      expect(new Set(candidates.map((c) => c.role))).toEqual(new Set(['cadre', 'special_class', 'hq']));
      expect(candidates.find((c) => c.role === 'special_class')).toHaveProperty(['workingGroup', 'zh-CN']);
      const cadre3 = Number(users.find((u) => u.username === 'cadre3')!.id);
      expect(
        (
          await (
            await as('cadre1')
          ).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/reassign`, { userId: cadre3, reason: '熟悉该企业' })
        ).status,
      ).toBe(200);
      expect((await (await as('cadre1')).request('GET', path)).status).toBe(404);
      const after = (await (await as('cadre3')).request('GET', path)).body.candidates as { id: number }[];
      expect(after.map((c) => c.id)).not.toContain(cadre3);
    } finally {
      await system.db('users').where({ username: 'cadre2' }).update({ active: true });
    }
  });
});
