// Scope narrowed to need (issue 16): which site keeps a worker's record (a gate check elsewhere never rewrites it),
// and objections to a publicity window with their contact, kept here rather than in workflow history, each with the
// review task it opened. Never edit once merged.
import type { Knex } from 'knex';

/** Adds the keeping site of workers (backfilled from their first gate check) and the objections table. */
export async function up(db: Knex): Promise<void> {
  // A project id without a declared foreign key: SQLite could only drop a constrained column by rebuilding `workers`,
  // which the gate checks referencing it forbid (see down).
  await db.schema.alterTable('workers', (t) => {
    t.integer('kept_by_project_id');
  });
  // The site that first checked a worker registered them, so it keeps the record.
  await db('workers').update({
    kept_by_project_id: db('gate_checks as g')
      .whereRaw('g.worker_id = workers.id')
      .orderBy('g.checked_at')
      .orderBy('g.id')
      .limit(1)
      .select('g.project_id'),
  });
  await db.schema.createTable('notice_objections', (t) => {
    t.increments('id');
    t.integer('notice_id').notNullable().references('notices.id');
    t.string('submission_id', 64).notNullable();
    t.integer('user_id').references('users.id');
    t.string('contact_name', 50).notNullable();
    t.string('contact_mobile', 11).notNullable();
    t.text('reason').notNullable();
    // under-review → upheld | dismissed (or refused: the window had closed when the workflow got it).
    t.string('status', 16).notNullable();
    t.string('review_task_id', 200);
    t.string('lodged_at', 30).notNullable();
    t.string('decided_at', 30);
    t.index(['notice_id']);
    t.index(['review_task_id']);
  });
}

/** Drops them again. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('notice_objections');
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('workers', (t) => t.dropColumn('kept_by_project_id'));
  } else {
    // SQLite drops an unconstrained column in place; knex's dropColumn would rebuild the referenced table.
    await db.raw('ALTER TABLE workers DROP COLUMN kept_by_project_id');
  }
}
