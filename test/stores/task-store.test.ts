// The task store owns the task row's lifecycle: opening is idempotent, a claim is one person's, a release only the
// claimer's, a reassignment clears the claim, a close or an overdue flag happens once. Rows come back typed.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import type { TaskSpec } from '#core/domain/human-task';
import { newTaskRecord } from '#core/stores/task-row';
import { claimTask, closeTask, findTask, flagTaskOverdue, openTask, reassignTask, releaseTask } from '#core/stores/task-store';
import { findUser, recipients } from '#core/stores/user-store';
import { testDatabases } from '../helpers/test-db';

const AT = '2026-02-10T08:00:00.000Z';

function spec(taskId: string): TaskSpec {
  return {
    taskId,
    step: 'cadre',
    processType: 'ladder',
    title: { 'zh-CN': '资金困难', en: 'Funds shortage' },
    submissionId: null,
    enterpriseId: null,
    assignee: { kind: 'role', role: 'special_class' },
    priority: 2,
    dueAt: '2026-02-11T08:00:00.000Z',
    allowedActions: ['resolve', 'escalate'],
    completionSchema: { type: 'object', properties: { note: { type: 'string' } } },
    requiredByAction: { resolve: ['note'] },
    breachStatus: 'escalated',
  };
}

describe.each(testDatabases())('task and user stores on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const run = randomUUID().slice(0, 8);
  const users: number[] = [];

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
    const [group] = await db('working_groups')
      .insert({ key: `wg-${run}`, name_zh: '专班', name_en: 'Group' })
      .returning('id');
    const groupId = Number((group as { id: number }).id);
    for (const [n, extra] of [{}, {}, { active: false }, { email: null }, { working_group_id: null }].entries()) {
      const [row] = await db('users')
        .insert({
          username: `store-${run}-${n}`,
          display_name: `Person ${n}`,
          role: 'special_class',
          password_hash: 'x',
          email: `p${n}-${run}@example.test`,
          locale: n === 1 ? 'en' : 'zh-CN',
          working_group_id: groupId,
          created_at: AT,
          ...extra,
        })
        .returning('id');
      users.push(Number((row as { id: number }).id));
    }
  });
  afterAll(() => close());

  const open = (id: string) =>
    openTask(db, newTaskRecord(spec(id), { assigneeUserId: null, candidateRole: 'special_class', candidateGroupId: null }, '', AT));

  it('opens a task once and reads it back typed, the fields each action needs split from its schema', async () => {
    const id = `store-${run}/open`;
    const first = await open(id);
    const again = await openTask(
      db,
      newTaskRecord({ ...spec(id), priority: 9 }, { assigneeUserId: users[0]!, candidateRole: null, candidateGroupId: null }, '', AT),
    );
    expect(again).toEqual(first);
    expect(first).toMatchObject({
      id,
      workflowId: `store-${run}`,
      title: { 'zh-CN': '资金困难', en: 'Funds shortage' },
      assigneeUserId: null,
      candidateRole: 'special_class',
      priority: 2,
      status: 'open',
      allowedActions: ['resolve', 'escalate'],
      completionSchema: { type: 'object', properties: { note: { type: 'string' } } },
      requiredByAction: { resolve: ['note'] },
      outcome: null,
      claimedBy: null,
    });
  });

  it('lets one person claim a task, only the claimer release it, and a reassignment clear the claim', async () => {
    const id = `store-${run}/claim`;
    await open(id);
    expect(await claimTask(db, id, users[0]!, AT)).toBe(true);
    expect(await claimTask(db, id, users[1]!, AT)).toBe(false);
    expect(await releaseTask(db, id, users[1]!)).toBe(false);
    expect(await findTask(db, id)).toMatchObject({ status: 'claimed', claimedBy: users[0], claimedAt: AT });
    expect(await releaseTask(db, id, users[0]!)).toBe(true);
    expect(await findTask(db, id)).toMatchObject({ status: 'open', claimedBy: null, claimedAt: null });
    await claimTask(db, id, users[0]!, AT);
    await reassignTask(db, id, users[1]!);
    expect(await findTask(db, id)).toMatchObject({
      status: 'open',
      assigneeUserId: users[1],
      candidateRole: null,
      candidateGroupId: null,
      claimedBy: null,
    });
  });

  it('hands a task on from a holder only while it is open with that holder', async () => {
    const id = `store-${run}/from`;
    await open(id);
    expect(await reassignTask(db, id, users[0]!, { assigneeUserId: null })).toBe(true);
    expect(await reassignTask(db, id, users[1]!, { assigneeUserId: null })).toBe(false);
    expect(await findTask(db, id)).toMatchObject({ status: 'open', assigneeUserId: users[0], candidateRole: null });
    await closeTask(db, id, { status: 'escalated', outcome: { kind: 'breached', at: AT }, decidedBy: null, at: AT });
    expect(await reassignTask(db, id, users[1]!, { assigneeUserId: users[0]! })).toBe(false);
    expect(await findTask(db, id)).toMatchObject({ status: 'escalated', assigneeUserId: users[0] });
  });

  it('closes a task and flags it overdue once each', async () => {
    const id = `store-${run}/close`;
    await open(id);
    await flagTaskOverdue(db, id, AT);
    await flagTaskOverdue(db, id, '2026-02-12T00:00:00.000Z');
    const decided = { kind: 'decided', action: 'resolve', data: { note: 'ok' }, comment: '', decidedBy: users[0]!, decidedAt: AT } as const;
    await closeTask(db, id, { status: 'done', outcome: decided, decidedBy: users[0]!, at: AT });
    await closeTask(db, id, {
      status: 'escalated',
      outcome: { kind: 'breached', at: AT },
      decidedBy: null,
      at: '2026-02-13T00:00:00.000Z',
    });
    expect(await findTask(db, id)).toMatchObject({
      status: 'done',
      overdueSince: AT,
      outcome: decided,
      decidedBy: users[0],
      closedAt: AT,
      closeReason: 'decided:resolve',
    });
  });

  it('answers the active users with an address, of a list or of a role and working group, by id', async () => {
    const person = (n: number) => ({ id: users[n], email: `p${n}-${run}@example.test`, displayName: `Person ${n}`, locale: 'zh-CN' });
    const inGroup = [person(0), { ...person(1), locale: 'en' }];
    // The inactive one and the one without an address get nothing; the one outside the group only when listed.
    expect(await recipients(db, { userIds: users })).toEqual([...inGroup, person(4)]);
    expect(await recipients(db, { role: 'special_class', workingGroupKey: `wg-${run}` })).toEqual(inGroup);
    expect(await recipients(db, { role: 'hq', workingGroupKey: `wg-${run}` })).toEqual([]);
    expect(await findUser(db, users[2]!)).toMatchObject({ username: `store-${run}-2`, active: false, role: 'special_class' });
  });
});
