// Gate entry and quarantine (P5): workers by resident ID, every gate check with its signed commitment, each
// worker's standing at a site, quarantines and their check-in slots. Projections of the monitoring workflow,
// except the workers themselves (reference data). Never edit once merged.
import type { Knex } from 'knex';

/** Creates the tables. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('workers', (t) => {
    t.increments('id');
    t.string('resident_id', 18).notNullable().unique();
    t.string('name', 100).notNullable();
    t.string('mobile', 20);
    t.string('created_at', 30).notNullable();
  });
  await db.schema.createTable('gate_checks', (t) => {
    // The submission id: one gate check is one submission of the gate-check form.
    t.string('id', 64).primary();
    t.integer('project_id').notNullable().references('projects.id');
    t.integer('worker_id').notNullable().references('workers.id');
    t.string('channel', 32).notNullable();
    t.string('certificate', 32).notNullable();
    t.text('steps').notNullable();
    t.float('temperature');
    t.string('recent_travel', 500);
    t.boolean('risk_flag').notNullable().defaultTo(false);
    t.string('zone', 32);
    t.string('outcome', 16).notNullable();
    t.text('reasons').notNullable();
    t.string('signature_upload_id', 64);
    t.string('commitment_sha256', 64);
    t.integer('form_version').notNullable();
    t.integer('checked_by').notNullable().references('users.id');
    t.string('checked_at', 30).notNullable();
    t.index(['project_id', 'checked_at']);
    t.index(['worker_id']);
  });
  await db.schema.createTable('site_workers', (t) => {
    t.increments('id');
    t.integer('project_id').notNullable().references('projects.id');
    t.integer('worker_id').notNullable().references('workers.id');
    t.string('status', 16).notNullable();
    /** Where the worker is now (isolation while quarantined); null once turned back. */
    t.string('zone', 32);
    /** Where the worker goes once admitted or released. */
    t.string('assigned_zone', 32).notNullable();
    t.string('last_check_id', 64).notNullable();
    t.string('quarantine_id', 64);
    t.string('updated_at', 30).notNullable();
    t.unique(['project_id', 'worker_id']);
    t.index(['project_id', 'status']);
  });
  await db.schema.createTable('quarantines', (t) => {
    t.string('id', 64).primary();
    t.string('workflow_id', 128).notNullable();
    t.integer('project_id').notNullable().references('projects.id');
    t.integer('worker_id').notNullable().references('workers.id');
    t.integer('officer_id').notNullable().references('users.id');
    t.string('status', 16).notNullable();
    t.string('started_at', 30).notNullable();
    t.string('ends_at', 30).notNullable();
    /** Every change of the end date: from, to, reason, by, at — the previous end dates are never lost. */
    t.text('end_changes').notNullable();
    t.boolean('fever').notNullable().defaultTo(false);
    t.string('released_at', 30);
    t.index(['project_id', 'status']);
    t.index(['status', 'ends_at']);
  });
  await db.schema.createTable('quarantine_checkins', (t) => {
    t.increments('id');
    t.string('quarantine_id', 64).notNullable().references('quarantines.id');
    t.string('slot_at', 30).notNullable();
    t.string('opens_at', 30).notNullable();
    t.string('due_at', 30).notNullable();
    t.string('status', 16).notNullable();
    t.float('temperature');
    t.string('note', 500);
    t.boolean('fever').notNullable().defaultTo(false);
    t.integer('recorded_by').references('users.id');
    t.string('recorded_at', 30);
    t.unique(['quarantine_id', 'slot_at']);
    t.index(['status', 'due_at']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  for (const table of ['quarantine_checkins', 'quarantines', 'site_workers', 'gate_checks', 'workers'])
    await db.schema.dropTableIfExists(table);
}
