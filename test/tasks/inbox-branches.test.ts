// The inbox's tabs are read as unions of ordered index reads, one per way of seeing a task and status
// (core/stores/task-inbox-branches.ts). Whatever the split, each tab must answer the same rows in the same order as the
// plain rule — visible (assigned, claimed, decided, or offered to the user's role and group), the tab's statuses,
// the filters, sorted (the done tab: most recently handled first) and cut — on a random fill with ties in due and
// closing time, for cadres, group members and HQ.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { TASK_STATUSES } from '#core/domain/human-task';
import type { SessionUser } from '#web/server/request-context';
import { inbox, type InboxQuery } from '#core/stores/task-inbox';
import { sessionUsersInRoles } from '#core/stores/account-store';
import { testDatabases } from '../helpers/test-db';

const CATEGORIES = ['funds', 'materials', 'land'];
const OPEN = ['open', 'claimed'];
const NOW = new Date('2026-02-20T00:00:00.000Z');

type Row = Record<string, unknown>;

/** A small deterministic generator, so a failing fill can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

/** The plain rule, in JavaScript over every row. */
function expected(rows: Row[], user: SessionUser, filter: InboxQuery): string[] {
  const seen = (t: Row) =>
    user.role === 'hq' ||
    t.assignee_user_id === user.id ||
    t.claimed_by === user.id ||
    t.decided_by === user.id ||
    // A task offered to a whole role is not an inspection body's member's (core/stores/org/role-candidates.ts).
    (t.candidate_role === user.role &&
      (t.candidate_group_id === null ? !user.inspectionBody : t.candidate_group_id === (user.workingGroupId ?? -1)));
  const inTab = (t: Row) => {
    const open = OPEN.includes(String(t.status));
    if (filter.box === 'mine') return open && (t.assignee_user_id === user.id || t.claimed_by === user.id);
    if (filter.box === 'groups') return seen(t) && open && t.assignee_user_id === null && t.candidate_role === user.role;
    return seen(t) && !open;
  };
  const kept = rows.filter(
    (t) =>
      inTab(t) &&
      (!filter.category || t.category === filter.category) &&
      (!filter.overdue || (OPEN.includes(String(t.status)) && String(t.due_at) < NOW.toISOString())) &&
      (!filter.enterpriseId || t.enterprise_id === filter.enterpriseId),
  );
  const text = (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
  const byPriority = (a: Row, b: Row) => Number(b.priority) - Number(a.priority);
  // The done tab: the most recently handled first (a task without a closing time last), id last, descending.
  const byClosedAt = (a: Row, b: Row) => (a.closed_at === null ? 1 : 0) - (b.closed_at === null ? 1 : 0) || text(b.closed_at, a.closed_at);
  // By due time with the more urgent first among ties (or by priority, then due time); id last.
  kept.sort((a, b) =>
    filter.box === 'done' && filter.sort !== 'priority'
      ? byClosedAt(a, b) || text(b.id, a.id)
      : (filter.sort === 'priority' ? byPriority(a, b) || text(a.due_at, b.due_at) : text(a.due_at, b.due_at) || byPriority(a, b)) ||
        text(a.id, b.id),
  );
  return kept.slice(0, filter.limit ?? 100).map((t) => String(t.id));
}

const SHAPES: InboxQuery[] = [
  { box: 'mine' },
  { box: 'mine', overdue: true },
  { box: 'mine', category: 'materials', sort: 'priority' },
  { box: 'mine', sort: 'priority', limit: 7 },
  { box: 'groups' },
  { box: 'groups', limit: 5 },
  { box: 'groups', category: 'funds', sort: 'priority' },
  { box: 'done' },
  { box: 'done', limit: 9 },
  { box: 'done', sort: 'priority', limit: 11 },
  { box: 'done', category: 'land' },
];

describe.each(testDatabases())('inbox tabs as unions of index reads on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const rows: Row[] = [];
  const users: SessionUser[] = [];

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    users.push(...(await sessionUsersInRoles(db, ['cadre', 'special_class', 'hq'])));
    const groups = (await db('working_groups').pluck('id')).map(Number);
    const enterprises = (await db('enterprises').pluck('id')).map(Number);
    const pick = generator(database.name === 'sqlite' ? 7 : 11);
    const anyone = () => (pick(3) ? null : users[pick(users.length)]!.id);
    for (let n = 0; n < 600; n += 1) {
      const offered = pick(2) === 0;
      const status = TASK_STATUSES[pick(TASK_STATUSES.length)]!;
      const row: Row = {
        id: `branch-${String(n).padStart(4, '0')}-${pick(1000)}`,
        workflow_id: `branch-${n}`,
        enterprise_id: enterprises[pick(enterprises.length)]!,
        process_type: 'ladder',
        step: offered ? 'group' : 'cadre',
        title: '{}',
        category: pick(5) ? CATEGORIES[pick(CATEGORIES.length)]! : null,
        assignee_user_id: offered ? null : users[pick(users.length)]!.id,
        candidate_role: offered ? ['special_class', 'cadre', 'hq'][pick(3)]! : null,
        candidate_group_id: offered && pick(2) ? groups[pick(groups.length)]! : null,
        priority: pick(3),
        // Few distinct due times, so ties are decided by the task id.
        due_at: new Date(Date.UTC(2026, 1, 10 + pick(20), pick(3) * 8)).toISOString(),
        created_at: '2026-02-01T00:00:00.000Z',
        claimed_by: anyone(),
        decided_by: anyone(),
        status,
        // Few distinct closing times too (and a few closed tasks without one), so ties are decided by the task id.
        closed_at: OPEN.includes(status) || !pick(6) ? null : new Date(Date.UTC(2026, 1, 10 + pick(20), pick(3) * 8)).toISOString(),
        allowed_actions: '[]',
        completion_schema: '{}',
      };
      rows.push(row);
    }
    for (let i = 0; i < rows.length; i += 100) await db('tasks').insert(rows.slice(i, i + 100));
    // The demo's own tasks (if any) take part too.
    const ours = new Set(rows.map((r) => r.id));
    for (const t of await db('tasks').select('*')) if (!ours.has(t.id)) rows.push({ ...t, priority: Number(t.priority) });
  });
  afterAll(async () => {
    await close?.();
  });

  it('answers every tab shape with the plain rule’s rows, in its order, for every cadre, group member and HQ', async () => {
    let compared = 0;
    for (const user of users)
      for (const shape of SHAPES) {
        const got = (await inbox(db, user, shape, NOW)).map((task) => task.id);
        expect({ user: user.username, shape, ids: got }).toEqual({ user: user.username, shape, ids: expected(rows, user, shape) });
        compared += got.length;
      }
    // The fill is rich enough that the tabs are not empty.
    expect(compared).toBeGreaterThan(500);
  });

  it('pages a cut tab without gaps: a short page is the head of the long one', async () => {
    const member = users.find((u) => u.role === 'special_class' && u.workingGroupId != null)!;
    for (const box of ['groups', 'done'] as const) {
      const long = (await inbox(db, member, { box, limit: 500 }, NOW)).map((t) => t.id);
      const short = (await inbox(db, member, { box, limit: 3 }, NOW)).map((t) => t.id);
      expect(long.length).toBeGreaterThan(3);
      expect(short).toEqual(long.slice(0, 3));
    }
  });
});
