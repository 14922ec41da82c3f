// The inbox lists tasks by due time with the more urgent first among those due at the same moment — every "not
// overnight" task of a day is due at its end, so ties are the rule, not the exception. The indexes each tab's branches
// are read by (core/stores/task-inbox-branches.ts) end at `due_at`; each gains `priority desc`, so a branch is still
// read in the tab's order and stops at the page size. Same names: SQLite's branches name them (`indexed by`).
// Never edit once merged.
import type { Knex } from 'knex';

/** Index name → its columns before this migration. */
const INDEXES: Record<string, string> = {
  tasks_status_due_at_index: 'status, due_at',
  tasks_assignee_user_id_status_due_at_index: 'assignee_user_id, status, due_at',
  tasks_claimed_by_status_due_at_index: 'claimed_by, status, due_at',
  tasks_decided_by_status_due_at_index: 'decided_by, status, due_at',
  tasks_candidate_status_due_at_index: 'candidate_role, candidate_group_id, status, due_at',
};

async function rebuild(db: Knex, columns: (before: string) => string): Promise<void> {
  for (const [name, before] of Object.entries(INDEXES)) {
    await db.raw(`drop index if exists ${name}`);
    await db.raw(`create index ${name} on tasks (${columns(before)})`);
  }
}

/** Each index ends in `priority desc` (plain SQL: knex's index builder has no per-column direction). */
export async function up(db: Knex): Promise<void> {
  await rebuild(db, (before) => `${before}, priority desc`);
}

/** Back to the indexes as they were. */
export async function down(db: Knex): Promise<void> {
  await rebuild(db, (before) => before);
}
