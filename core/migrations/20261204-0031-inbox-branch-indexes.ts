// Indexes for the inbox's tabs read as unions of ordered index reads (issue 21, web/server/tasks/inbox-branches.ts):
// the tasks offered to a role or a working group, one status at a time in due order; and "mine" narrowed to a
// category and sorted by priority, read in that order instead of sorting every task of the user. Never edit once merged.
import type { Knex } from 'knex';

/** Index name → its columns; `priority desc` so that an ascending walk gives the tab's order (priority first, then due). */
const INDEXES: Record<string, string> = {
  tasks_candidate_status_due_at_index: 'candidate_role, candidate_group_id, status, due_at',
  tasks_assignee_category_priority_index: 'assignee_user_id, status, category, priority desc, due_at',
};

/** Adds the indexes (plain SQL: knex's index builder has no per-column direction). */
export async function up(db: Knex): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) await db.raw(`create index ${name} on tasks (${columns})`);
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  for (const name of Object.keys(INDEXES)) await db.raw(`drop index if exists ${name}`);
}
