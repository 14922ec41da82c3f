// The inbox's done tab lists the most recently handled task first (closed_at descending, task id last). Each branch of
// the tab (core/stores/task-inbox-branches.ts) is read by an index ending at `due_at`, which is no longer the tab's
// order: a branch had to read and sort every task it sees (for a cadre, every closed task offered to cadres) to cut a
// page. One index per branch ending at `closed_at desc, id desc` lets each branch be read in the tab's order and stop
// at the page size; on PostgreSQL `nulls last` as the tab asks it (an ascending index read backwards gives NULLs
// first, which the planner cannot use for `desc nulls last`). SQLite's done branches name them (`indexed by`).
// Never edit once merged.
import type { Knex } from 'knex';

/** Index name → the columns before the order's own. */
const DONE_ORDER_INDEXES: Record<string, string> = {
  tasks_status_closed_at_index: 'status',
  tasks_assignee_user_id_status_closed_at_index: 'assignee_user_id, status',
  tasks_claimed_by_status_closed_at_index: 'claimed_by, status',
  tasks_decided_by_status_closed_at_index: 'decided_by, status',
  tasks_candidate_status_closed_at_index: 'candidate_role, candidate_group_id, status',
};

/** Adds the indexes (plain SQL: knex's index builder has no per-column direction). */
export async function up(db: Knex): Promise<void> {
  const order = db.client.config.client === 'pg' ? 'closed_at desc nulls last, id desc' : 'closed_at desc, id desc';
  for (const [name, columns] of Object.entries(DONE_ORDER_INDEXES)) await db.raw(`create index ${name} on tasks (${columns}, ${order})`);
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  for (const name of Object.keys(DONE_ORDER_INDEXES)) await db.raw(`drop index if exists ${name}`);
}
