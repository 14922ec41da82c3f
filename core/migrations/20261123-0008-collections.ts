// Collection rounds (P1 liaison designation, P3 daily report): one row per round, one per enterprise per round, every
// submission that filed or amended a report, and the bulletin rendered after a round's deadline. Never edit once merged.
import type { Knex } from 'knex';

/** Creates the collection projections. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('collection_rounds', (t) => {
    t.string('id', 160).primary();
    t.string('form_key', 64).notNullable();
    t.integer('form_version').notNullable();
    t.string('recurrence', 16).notNullable();
    t.string('local_date', 10).notNullable();
    t.text('params').notNullable();
    t.string('opens_at', 30).notNullable();
    t.string('deadline_at', 30).notNullable();
    t.string('status', 16).notNullable();
    t.string('workflow_id', 200).notNullable();
    t.integer('expected_count').notNullable().defaultTo(0);
    t.integer('opened_by').references('users.id');
    t.string('created_at', 30).notNullable();
    t.string('closed_at', 30);
    t.index(['form_key', 'local_date']);
  });
  await db.schema.createTable('collection_reports', (t) => {
    t.increments('id');
    t.string('round_id', 160).notNullable().references('collection_rounds.id');
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    // expected → on_time | late, or expected → missed → late
    t.string('status', 16).notNullable();
    t.string('submission_id', 64);
    t.string('submitted_at', 30);
    t.integer('amendments').notNullable().defaultTo(0);
    t.string('escalated_to', 32);
    t.string('updated_at', 30).notNullable();
    t.unique(['round_id', 'enterprise_id']);
    t.index(['round_id', 'status']);
    t.index(['enterprise_id']);
  });
  await db.schema.createTable('collection_report_versions', (t) => {
    t.increments('id');
    t.string('round_id', 160).notNullable().references('collection_rounds.id');
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.string('submission_id', 64).notNullable().unique();
    t.string('submitted_at', 30).notNullable();
    t.boolean('late').notNullable();
    t.string('superseded_by', 64);
    t.index(['round_id', 'enterprise_id']);
  });
  await db.schema.createTable('collection_bulletins', (t) => {
    t.string('round_id', 160).primary().references('collection_rounds.id');
    t.string('form_key', 64).notNullable();
    t.string('local_date', 10).notNullable();
    t.text('data').notNullable();
    t.text('rendered').notNullable();
    t.string('created_at', 30).notNullable();
    t.index(['local_date']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('collection_bulletins');
  await db.schema.dropTable('collection_report_versions');
  await db.schema.dropTable('collection_reports');
  await db.schema.dropTable('collection_rounds');
}
