// The inbox's reads of the tasks: who sees which tasks, filters and sorting, all in SQL over the tasks projection,
// answered as typed rows with the names the inbox shows beside them.
import type { Knex } from 'knex';
import type { Db } from './db-types';
import { OPEN_STATUSES } from './task-store';
import { outsideInspectionBodies } from './org/role-candidates';
import { groupsTab, mergedPage, mineBranches, orderFor, tabBranches, type Order, type TaskReader } from './task-inbox-branches';
import { toNamedTaskRow, type NamedTaskRow } from './task-row';
import { whereContains } from './like-pattern';

export type { TaskReader };

/** Which inbox tab. */
export type InboxBox = 'mine' | 'groups' | 'done' | 'all';

/** Inbox filters, as query parameters. */
export interface InboxQuery {
  box: InboxBox;
  enterpriseId?: number;
  category?: string;
  status?: string;
  overdue?: boolean;
  /** Only tasks of focus enterprises (重点企业, 000 §II.4). */
  focus?: boolean;
  dueBefore?: string;
  q?: string;
  sort?: 'due' | 'priority';
  /** Only the tasks of one submission (every step of its case), of one process type, or assigned to one user. */
  submissionId?: string;
  processType?: string;
  assigneeUserId?: number;
  limit?: number;
  offset?: number;
}

/** Tasks a user may see at all: assigned to them, claimable by their role/group (a whole role's task not by an inspection
 * body's member: org/role-candidates.ts), or decided by them; HQ and admins see every task. */
export function visibleTasks(db: Db, user: TaskReader) {
  const query = db('tasks as t');
  if (user.role === 'hq' || user.role === 'admin') return query;
  return query.where((w) => {
    w.where('t.assignee_user_id', user.id)
      .orWhere('t.claimed_by', user.id)
      .orWhere('t.decided_by', user.id)
      .orWhere((c) => {
        c.where('t.candidate_role', user.role).andWhere((g) => {
          g.where((whole) => {
            outsideInspectionBodies(whole.whereNull('t.candidate_group_id'), user.workingGroupId);
          }).orWhere('t.candidate_group_id', user.workingGroupId ?? -1);
        });
      });
  });
}

/** Adds the enterprise's name, the display names of the assignee, the claimer and the decider, and the name and kind of
 * the working group or inspection body the task was offered to, to a tasks query. */
export function withNames<T extends Knex.QueryBuilder>(query: T): T {
  return query
    .leftJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .leftJoin('working_groups as wg', 'wg.id', 't.candidate_group_id')
    .leftJoin('users as ua', 'ua.id', 't.assignee_user_id')
    .leftJoin('users as uc', 'uc.id', 't.claimed_by')
    .leftJoin('users as ud', 'ud.id', 't.decided_by')
    .leftJoin('submissions as ts', 'ts.id', 't.submission_id')
    .select(
      't.*',
      'e.name as enterprise_name',
      'ua.display_name as assignee_name',
      'uc.display_name as claimed_by_name',
      'ud.display_name as decided_by_name',
      'ts.case_number as case_number',
      'ts.data as submission_data',
      'wg.name_zh as candidate_group_name_zh',
      'wg.name_en as candidate_group_name_en',
      'wg.kind as candidate_group_kind',
    ) as T;
}

/** Shorter than this, a text has no trigram: the index cannot narrow it down, so the filter scans. */
const TRIGRAM = 3;

/**
 * Tasks whose search text (case number, title in both languages, enterprise) contains `q`, whatever the case of its
 * Latin letters: by the trigram index (SQLite FTS5, PostgreSQL pg_trgm; migration 0019) from three characters on, by
 * a scan below that. Both answer what a case-insensitive LIKE '%q%' would.
 */
export function textFilter(db: Db, query: Knex.QueryBuilder, q: string): Knex.QueryBuilder {
  if (!q) return query;
  if (db.client.config.client === 'pg') return whereContains(query, 't.search_text', q);
  if ([...q].length < TRIGRAM) return whereContains(query, 't.search_text', q);
  // One phrase of the trigram tokenizer is a substring; a double quote inside it is written twice.
  return query.whereIn(
    't.rowid',
    db('tasks_fts')
      .whereRaw('tasks_fts match ?', [`"${q.replaceAll('"', '""')}"`])
      .select('rowid'),
  );
}

/** The order of a tab: by due time with the more urgent first among tasks due at the same moment (every "not
 * overnight" task of a day is due at its end), or by priority then due time; task id last, so pages are stable. The
 * done tab's default is the most recently handled first: ordered by due time, its first page held the oldest tasks. */
function orderOf(filter: InboxQuery): Order {
  const priority = { column: 't.priority', order: 'desc' } as const;
  const due = { column: 't.due_at', order: 'asc' } as const;
  const id = { column: 't.id', order: 'asc' } as const;
  if (filter.sort === 'priority') return [priority, due, id];
  if (filter.box === 'done')
    return [
      { column: 't.closed_at', order: 'desc', nulls: 'last' },
      { column: 't.id', order: 'desc' },
    ];
  return [due, priority, id];
}

/** The filters of the query string, on a tasks query (alias `t`). */
function narrow(db: Db, query: Knex.QueryBuilder, filter: InboxQuery, now: Date): Knex.QueryBuilder {
  if (filter.enterpriseId) query.where('t.enterprise_id', filter.enterpriseId);
  if (filter.category) query.where('t.category', filter.category);
  if (filter.status) query.where('t.status', filter.status);
  if (filter.overdue) query.whereIn('t.status', OPEN_STATUSES).where('t.due_at', '<', now.toISOString());
  if (filter.dueBefore) query.where('t.due_at', '<', filter.dueBefore);
  if (filter.submissionId) query.where('t.submission_id', filter.submissionId);
  if (filter.processType) query.where('t.process_type', filter.processType);
  if (filter.assigneeUserId) query.where('t.assignee_user_id', filter.assigneeUserId);
  if (filter.focus) query.whereIn('t.enterprise_id', db('enterprises').where('focus', true).select('id'));
  if (filter.q) textFilter(db, query, filter.q);
  return query;
}

/**
 * The ids of one page of a tab, in its order, read from the tasks alone. "Mine", "done" and, on SQLite, "groups" are
 * unions of ordered index reads (inbox-branches.ts); PostgreSQL answers "groups" from the plain query by a bitmap OR of
 * the indexes, faster than the union; "all" is one query (for HQ and admins it has no OR to split).
 */
async function pageIds(db: Db, user: TaskReader, filter: InboxQuery, now: Date, limit: number): Promise<string[]> {
  const order = orderOf(filter);
  const page = (query: Knex.QueryBuilder) => narrow(db, query, filter, now).orderBy(orderFor(db, order)).limit(limit);
  const pg = db.client.config.client === 'pg';
  if (filter.box === 'mine' || filter.box === 'done' || (filter.box === 'groups' && !pg)) {
    const branches = filter.box === 'mine' ? mineBranches(user) : tabBranches(user, filter.box);
    return mergedPage(db, branches, page, order, limit);
  }
  return (await page(plainTab(db, user, filter.box)).select('t.id')).map((row: { id: string }) => String(row.id));
}

/** A tab as one query over the visible tasks (the OR the branches split). */
function plainTab(db: Db, user: TaskReader, box: InboxBox): Knex.QueryBuilder {
  const query = visibleTasks(db, user);
  const open: readonly string[] = OPEN_STATUSES;
  if (box === 'groups') groupsTab(query.whereIn('t.status', OPEN_STATUSES), user);
  if (box === 'done') query.whereNotIn('t.status', open);
  if (box === 'mine')
    query.whereIn('t.status', OPEN_STATUSES).where((w) => {
      w.where('t.assignee_user_id', user.id).orWhere('t.claimed_by', user.id);
    });
  return query;
}

/** How many tasks a tab holds under its filters, for a client paging through it. */
export async function inboxTotal(db: Db, user: TaskReader, filter: InboxQuery, now: Date): Promise<number> {
  const [row] = await narrow(db, plainTab(db, user, filter.box), filter, now).count({ n: '*' });
  return Number(row?.n ?? 0);
}

/** The inbox: one page of a tab, filtered and sorted. */
export async function inbox(db: Db, user: TaskReader, filter: InboxQuery, now: Date): Promise<NamedTaskRow[]> {
  const offset = filter.offset ?? 0;
  // Every branch reads as far as the page's end; the merged list is cut to the page.
  const ids = (await pageIds(db, user, filter, now, Math.min(filter.limit ?? 100, 500) + offset)).slice(offset);
  if (!ids.length) return [];
  // The names are joined to the page's rows only, not to every task that matched.
  const rows: Record<string, unknown>[] = await withNames(db('tasks as t')).whereIn('t.id', ids);
  const at = new Map(ids.map((id, n) => [id, n]));
  return rows.map(toNamedTaskRow).sort((a, b) => at.get(a.id)! - at.get(b.id)!);
}

/** The task stored under one of `ids` (a URL's id may name two), if `user` may see it, with its names. */
export async function findVisibleTask(db: Db, user: TaskReader, ids: string[]): Promise<NamedTaskRow | undefined> {
  const row: Record<string, unknown> | undefined = await withNames(visibleTasks(db, user)).whereIn('t.id', ids).first();
  return row ? toNamedTaskRow(row) : undefined;
}

/** Every task of one workflow, oldest first, with its names (a case's timeline). */
export async function tasksOfWorkflow(db: Db, workflowId: string): Promise<NamedTaskRow[]> {
  const rows: Record<string, unknown>[] = await withNames(db('tasks as t'))
    .where('t.workflow_id', workflowId)
    .orderBy([{ column: 't.created_at' }, { column: 't.id' }]);
  return rows.map(toNamedTaskRow);
}
