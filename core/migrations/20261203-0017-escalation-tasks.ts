// Escalations that are tasks (issue 19): the rows of a follow-up task (one per enterprise still missing a report, with
// its cadre, each closing as the report arrives), how a task ended, and the overdue flag of a task kept open past its
// SLA (the difficulty ladder's last rung). Never edit once merged.
import type { Knex } from 'knex';

/** Adds the task columns and the task_items table. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('tasks', (t) => {
    // Set when an SLA ran out on a task that stays open (a case kept at HQ); the inbox and dashboard count it.
    t.string('overdue_since', 30);
    // How the task ended, in a word the app translates: decided, report-received, sla-breached…
    t.string('close_reason', 64);
    t.index(['overdue_since', 'status'], 'tasks_overdue_since_status_index');
  });
  await db.schema.createTable('task_items', (t) => {
    t.increments('id');
    t.string('task_id', 200).notNullable().references('tasks.id');
    // The collection round the row is missing a report of; a later report of the same form closes it too.
    t.string('round_id', 160).references('collection_rounds.id');
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.integer('cadre_id').references('users.id');
    t.string('status', 16).notNullable();
    t.string('closed_at', 30);
    t.string('close_reason', 64);
    t.unique(['task_id', 'enterprise_id']);
    t.index(['enterprise_id', 'status']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('task_items');
  await db.schema.alterTable('tasks', (t) => {
    t.dropIndex(['overdue_since', 'status'], 'tasks_overdue_since_status_index');
    t.dropColumn('close_reason');
    t.dropColumn('overdue_since');
  });
}
