// The dedicated telephone line of the linkage mechanism (000 §III.3): each call the special class answers, and the
// difficulty report it became (one at most). Never edit once merged.
import type { Knex } from 'knex';

/** Creates hotline_calls. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('hotline_calls', (t) => {
    t.increments('id');
    t.string('caller_name', 50).notNullable();
    // Personal: shown masked except to the special class and HQ, who call back.
    t.string('caller_mobile', 20).notNullable();
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.string('category', 64).notNullable();
    t.text('problem').notNullable();
    t.integer('taken_by').notNullable().references('users.id');
    t.string('received_at', 30).notNullable();
    // Reserved before the report is filed, so a second click files the same report, never two.
    t.string('submission_id', 64);
    t.string('created_at', 30).notNullable();
    t.index(['received_at']);
    t.index(['enterprise_id']);
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('hotline_calls');
}
