// The inbox's tabs as unions of index reads (issue 21). "Who may see a task" is an OR over five columns (assignee,
// claimer, decider, candidate role, candidate group); an OR across columns defeats the indexes on SQLite, which then
// reads and sorts every visible task before cutting the page. Here each branch of that OR, one status at a time, is
// its own query that an index (column, status, due time) reads in the tab's order and stops at the page size; the
// branches are unioned (a task seen through two branches counts once), sorted and cut again in one statement. The
// union of each branch's first page holds the tab's first page, so the answer is the plain query's.
import type { Knex } from 'knex';
import { TASK_STATUSES } from '../domain/human-task';
import type { Db } from './db-types';
import { OPEN_STATUSES } from './task-store';
import { outsideInspectionBodies } from './org/role-candidates';
import { notOnOwnFilings } from './submissions/submission-filer';

/** Who reads the inbox: what decides which tasks they see. */
export interface TaskReader {
  id: number;
  role: string;
  workingGroupId: number | null;
}

/** A condition on a tasks query (alias `t`); `index` names the index that reads it (below). */
type Branch = ((query: Knex.QueryBuilder) => Knex.QueryBuilder) & { index?: string };

/**
 * The index a branch is read by, on SQLite. Its statistics count NULLs as one value, so a column that is mostly NULL
 * (claimer, decider, candidate group) looks as if `= 5` matched nearly every row, and the planner would rather walk
 * the status or assignee index in due order, filtering thousands of rows for a user who matches none. PostgreSQL
 * knows the share of NULLs and is left to choose.
 */
const branch = (condition: (query: Knex.QueryBuilder) => Knex.QueryBuilder, index?: string): Branch => Object.assign(condition, { index });

/** The ways a user sees a task, as separate conditions whose OR is `visibleTasks` (task-inbox.ts). */
function visibilityBranches(user: TaskReader): Branch[] {
  if (user.role === 'hq' || user.role === 'admin') return [branch((q) => q)];
  const candidates = 'tasks_candidate_status_due_at_index';
  const branches: Branch[] = [
    branch((q) => q.where('t.assignee_user_id', user.id)),
    branch((q) => q.where('t.claimed_by', user.id), 'tasks_claimed_by_status_due_at_index'),
    branch((q) => q.where('t.decided_by', user.id), 'tasks_decided_by_status_due_at_index'),
    branch(
      (q) => outsideInspectionBodies(q.where('t.candidate_role', user.role).whereNull('t.candidate_group_id'), user.workingGroupId),
      candidates,
    ),
  ];
  if (user.workingGroupId != null)
    branches.push(branch((q) => q.where('t.candidate_role', user.role).where('t.candidate_group_id', user.workingGroupId), candidates));
  return branches;
}

/**
 * The "groups" tab's own condition: open to the reader's role and nobody's by name, and not a review of what the reader
 * filed themselves, which they may not claim (core/domain/task-holders.ts); they follow it on their case page.
 */
export function groupsTab(query: Knex.QueryBuilder, user: TaskReader): Knex.QueryBuilder {
  return notOnOwnFilings(query.whereNull('t.assignee_user_id').where('t.candidate_role', user.role), user.id);
}

/**
 * The index a done-tab branch is read by: the done tab lists the most recently handled first, so each branch's index
 * ends at `closed_at, id` (migration 0058) instead of the due time.
 */
function doneIndex(index: string | undefined): string | undefined {
  return index?.replace(/_due_at_index$/, '_closed_at_index');
}

/**
 * The branches of the "groups" and "done" tabs: visibility × the tab's statuses, with the tab's own condition. "Done"
 * is every status of TASK_STATUSES but the open ones — the only statuses the task activities write.
 */
export function tabBranches(user: TaskReader, box: 'groups' | 'done'): Branch[] {
  const open: readonly string[] = OPEN_STATUSES;
  const statuses = box === 'groups' ? OPEN_STATUSES : TASK_STATUSES.filter((s) => !open.includes(s));
  const ofTab = (q: Knex.QueryBuilder) => (box === 'groups' ? groupsTab(q, user) : q);
  return visibilityBranches(user).flatMap((seen) =>
    statuses.map((status) => branch((q) => ofTab(seen(q.where('t.status', status))), box === 'done' ? doneIndex(seen.index) : seen.index)),
  );
}

/** "Mine": assigned to the user or claimed by them, one open status at a time. */
export function mineBranches(user: TaskReader): Branch[] {
  return OPEN_STATUSES.flatMap((status): Branch[] => [
    branch((q) => q.where({ 't.assignee_user_id': user.id, 't.status': status })),
    branch((q) => q.where({ 't.claimed_by': user.id, 't.status': status }), 'tasks_claimed_by_status_due_at_index'),
  ]);
}

/** A sort key of the page: a tasks column, its direction, and where a column's NULLs go when that matters. */
export type Order = { column: string; order: 'asc' | 'desc'; nulls?: 'first' | 'last' }[];

/**
 * `order` as this database is told it. SQLite sorts NULLs as the smallest value (first ascending, last descending),
 * which is all the inbox asks of it; knex would write its `nulls` as `(column is null)` in place of the column.
 */
export function orderFor(db: Db, order: Order): Order {
  if (db.client.config.client === 'pg') return order;
  return order.map(({ column, order: direction }) => ({ column, order: direction }));
}

/**
 * The ids of one page: each branch (filtered by `page`, which adds the filters, the order and the limit) read on its
 * own, the union sorted and cut to `limit`. The keys the order needs travel with the ids.
 */
export async function mergedPage(
  db: Db,
  branches: Branch[],
  page: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  order: Order,
  limit: number,
): Promise<string[]> {
  const columns = ['t.id', 't.due_at', 't.priority', 't.closed_at'];
  // Each branch wrapped in its own derived table: SQLite accepts ORDER BY and LIMIT in a compound's parts only so.
  const sqlite = db.client.config.client !== 'pg';
  const tasks = (index?: string) => (sqlite && index ? db.from(db.raw(`tasks as t indexed by ${index}`)) : db('tasks as t'));
  const parts = branches.map((read, n) =>
    db
      .from(
        page(read(tasks(read.index)))
          .select(columns)
          .as(`b${n}`),
      )
      .select('*'),
  );
  const [first, ...rest] = parts;
  if (!first) return [];
  const union = rest.length ? first.union(rest) : first;
  const outer = order.map((key) => ({ ...key, column: `u.${key.column.replace(/^t\./, '')}` }));
  const rows: { id: string }[] = await db.from(union.as('u')).orderBy(orderFor(db, outer)).limit(limit).select('u.id');
  return rows.map((row) => String(row.id));
}
