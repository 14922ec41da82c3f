// Quarantine check-ins sent from a gate officer's queue (issue 23): one row per client id, like the health-watch
// readings' offline_check_ins (0044) but naming the quarantine — recorded in their slot, kept as late (补报) after their
// slot closed, or kept after the quarantine ended — with the answer the first sending got, so a repeat answers the same.
// A table of its own rather than a column on offline_check_ins: that table's subject_id is required and references
// monitoring_subjects. Never edit once merged.
import type { Knex } from 'knex';

/** Creates offline_quarantine_check_ins. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('offline_quarantine_check_ins', (t) => {
    t.increments('id');
    t.string('client_id', 36).notNullable().unique();
    t.integer('actor_id').notNullable().references('users.id');
    t.string('quarantine_id', 64).notNullable().references('quarantines.id');
    /** The gate-check definition version the reading was made with. */
    t.integer('form_version');
    /** The readings by key (`temperature`), as JSON. */
    t.text('readings').notNullable();
    t.string('note', 500);
    t.string('device_time', 40).notNullable();
    t.string('received_at', 30).notNullable();
    t.boolean('clock_skewed').notNullable().defaultTo(false);
    /** 'pending' while the workflow is asked, then 'recorded', 'late' or 'ended'. */
    t.string('outcome', 16).notNullable();
    /** The slot the reading was recorded in or was meant for. */
    t.string('slot_at', 30);
    t.boolean('alert').notNullable().defaultTo(false);
    /** The first answer, `{ status, body }` as JSON: a repeat answers it again. */
    t.text('answer');
    t.index(['quarantine_id', 'outcome']);
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('offline_quarantine_check_ins');
}
