// Subjects of monitoring definitions other than the gate check (a returning worker, a site, a vehicle): one row per
// subject followed, with its period and every end-date change, and one row per check-in slot with its readings.
// Projections of the monitoring workflow; the gate keeps its own tables (0009). Never edit once merged.
import type { Knex } from 'knex';

/** Creates monitoring_subjects and monitoring_checkins. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('monitoring_subjects', (t) => {
    // The submission id: one subject is one submission of its monitoring form.
    t.string('id', 64).primary();
    t.string('workflow_id', 128).notNullable();
    t.string('form_key', 64).notNullable();
    t.integer('form_version').notNullable();
    t.string('subject_kind', 16).notNullable();
    t.string('name', 200).notNullable();
    t.integer('enterprise_id').references('enterprises.id');
    t.integer('started_by').notNullable().references('users.id');
    t.string('status', 16).notNullable();
    t.string('started_at', 30).notNullable();
    t.string('ends_at', 30).notNullable();
    /** Every change of the end date: from, to, reason, by, at — the previous end dates are never lost. */
    t.text('end_changes').notNullable();
    t.integer('alerts').notNullable().defaultTo(0);
    t.string('ended_at', 30);
    t.index(['form_key', 'status']);
    t.index(['enterprise_id']);
  });
  await db.schema.createTable('monitoring_checkins', (t) => {
    t.increments('id');
    t.string('subject_id', 64).notNullable().references('monitoring_subjects.id');
    t.string('slot_at', 30).notNullable();
    t.string('opens_at', 30).notNullable();
    t.string('due_at', 30).notNullable();
    t.string('status', 16).notNullable();
    /** The readings by key, as JSON. */
    t.text('readings');
    t.string('note', 500);
    t.boolean('alert').notNullable().defaultTo(false);
    t.integer('recorded_by').references('users.id');
    t.string('recorded_at', 30);
    t.unique(['subject_id', 'slot_at']);
    t.index(['status', 'due_at']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('monitoring_checkins');
  await db.schema.dropTableIfExists('monitoring_subjects');
}
