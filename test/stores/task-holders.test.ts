// Who may hold a task, as the stores read it (core/domain/task-holders.ts): the review of what a member filed as
// themselves is not offered in their group tab (they still read it under "all"), while every other member has it; a
// report filed on an enterprise's behalf is nobody's own; an inspection body's task is for its own members only, and
// any other task for no inspection body's member nor the one who filed its submission.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import type { TaskSpec } from '#core/domain/human-task';
import { HANDLER_ROLES, holderRefusal, type TaskHolding } from '#core/domain/task-holders';
import { selfFiler } from '#core/stores/submissions/submission-filer';
import { inbox, inboxTotal, type InboxQuery } from '#core/stores/task-inbox';
import { possibleHolders, taskHolding } from '#core/stores/task-holders';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';
import { sessionUsersInRoles } from '#core/stores/account-store';
import type { SessionUser } from '#web/server/request-context';
import { testDatabases } from '../helpers/test-db';

const NOW = new Date('2026-02-20T00:00:00.000Z');
const AT = '2026-02-19T08:00:00.000Z';

function spec(taskId: string, submissionId: string | null): TaskSpec {
  return {
    taskId,
    step: 'review',
    processType: 'ladder',
    title: { 'zh-CN': '专班审核', en: 'Review' },
    submissionId,
    enterpriseId: null,
    assignee: { kind: 'role', role: 'special_class' },
    priority: 0,
    dueAt: '2026-02-21T08:00:00.000Z',
    allowedActions: ['escalate', 'reject'],
    completionSchema: { type: 'object' },
    breachStatus: 'expired',
  };
}

describe.each(testDatabases())('who may hold a task on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const users = new Map<string, SessionUser>();
  const user = (username: string) => users.get(username)!;
  const groupId = async (key: string) => Number((await db('working_groups').where({ key }).first('id')).id);

  /** A submission of the newest version of `formKey`, filed by `username`. */
  async function fileAs(username: string, formKey: string): Promise<string> {
    const id = randomUUID();
    const { version } = await db('form_definitions').where({ key: formKey }).orderBy('version', 'desc').first('version');
    const enterpriseId = (await db('enterprises').orderBy('id').first('id')).id;
    await db('submissions').insert({
      id,
      form_key: formKey,
      form_version: version,
      enterprise_id: enterpriseId,
      user_id: user(username).id,
      data: '{}',
      status: 'submitted',
      workflow_id: `submission-${id}`,
      created_at: AT,
      updated_at: AT,
    });
    return id;
  }

  /** A task about `submissionId` offered to the special class (a whole role, or one group). */
  async function offer(submissionId: string | null, candidateGroupId: number | null = null): Promise<string> {
    const taskId = `holders-${randomUUID()}/review`;
    await openTask(
      db,
      newTaskRecord(spec(taskId, submissionId), { assigneeUserId: null, candidateRole: 'special_class', candidateGroupId }, '', AT),
    );
    return taskId;
  }

  const tab = async (username: string, box: InboxQuery['box']) => {
    const ids = (await inbox(db, user(username), { box, limit: 500 }, NOW)).map((task) => task.id);
    expect(await inboxTotal(db, user(username), { box }, NOW)).toBe(ids.length);
    return ids;
  };

  /** The usernames `holding` lets hold its task, of every active handler. */
  async function holders(holding: TaskHolding): Promise<string[]> {
    const ids = (await possibleHolders(db, { roles: HANDLER_ROLES })).filter((u) => holderRefusal(holding, u) === null).map((u) => u.id);
    return [...users.values()].filter((u) => ids.includes(u.id)).map((u) => u.username);
  }

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    for (const u of await sessionUsersInRoles(db, ['cadre', 'special_class', 'hq'])) users.set(u.username, u);
  });
  afterAll(async () => {
    await close?.();
  });

  it('keeps the review of a nomination out of its nominator’s group tab, and in every other member’s', async () => {
    const nomination = await fileAs('class-coordination', 'commendation');
    const review = await offer(nomination);
    expect(await selfFiler(db, nomination)).toBe(user('class-coordination').id);

    expect(await tab('class-coordination', 'groups')).not.toContain(review);
    // Still theirs to read, under "all": they follow their nomination.
    expect(await tab('class-coordination', 'all')).toContain(review);
    for (const member of ['class-personnel', 'class-materials', 'class-epidemic_supplies'])
      expect(await tab(member, 'groups')).toContain(review);
  });

  it('counts a report filed on an enterprise’s behalf as no one’s own, so its scribe may work it', async () => {
    // A hotline call filed as the enterprise's difficulty report: a form only enterprises fill.
    const report = await fileAs('class-coordination', 'difficulty-report');
    const groupTask = await offer(report, await groupId('coordination'));
    expect(await selfFiler(db, report)).toBeNull();
    expect(await tab('class-coordination', 'groups')).toContain(groupTask);
    const holding = await taskHolding(db, { submissionId: report, candidateGroupId: await groupId('coordination'), assigneeUserId: null });
    expect(await holders(holding)).toContain('class-coordination');
  });

  it('lets no inspection body’s member nor the nominator hold a nomination’s review', async () => {
    const nomination = await fileAs('class-personnel', 'commendation');
    const holding = await taskHolding(db, { submissionId: nomination, candidateGroupId: null, assigneeUserId: null });
    expect(holding).toEqual({ inspectionBodyId: null, selfFilerId: user('class-personnel').id });
    const allowed = await holders(holding);
    expect(allowed).toEqual(expect.arrayContaining(['class-coordination', 'class-materials', 'cadre1', 'hq']));
    expect(allowed).not.toContain('class-personnel');
    expect(allowed.filter((name) => name.startsWith('inspector-'))).toEqual([]);
  });

  it('keeps an inspection body’s task with the body’s members, offered or handed to one of them', async () => {
    const town = await groupId('town-inspection');
    const offered = await taskHolding(db, { submissionId: null, candidateGroupId: town, assigneeUserId: null });
    expect(offered).toEqual({ inspectionBodyId: town, selfFilerId: null });
    expect(await holders(offered)).toEqual(['inspector-town']);
    const handed = await taskHolding(db, { submissionId: null, candidateGroupId: null, assigneeUserId: user('inspector-town').id });
    expect(handed.inspectionBodyId).toBe(town);
    const cadres = await taskHolding(db, { submissionId: null, candidateGroupId: null, assigneeUserId: user('cadre1').id });
    expect(cadres.inspectionBodyId).toBeNull();
    expect(holderRefusal(offered, { ...user('cadre1'), active: true })).toBe('outside_body');
    expect(holderRefusal(cadres, { ...user('inspector-joint'), active: true })).toBe('inspection_body');
  });
});
