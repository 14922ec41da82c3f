// Items made offline and synced later (issue 23). A visit gains the id its device gave it (unique: a repeat finds the
// first), when it was made on the device, when it arrived and whether the device's clock looked wrong. Health-watch
// readings sent from a queue get a table of their own, one row per client id: recorded in their slot, kept as late
// (补报) after their slot closed, or kept after the monitoring ended — with the answer the first sending got, so a
// repeat answers the same. Columns are added to visits rather than the table rebuilt, so the roll-up triggers of 0030
// stay as they are. Never edit once merged.
import type { Knex } from 'knex';

/** Adds the offline columns to visits and creates offline_check_ins. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('visits', (t) => {
    t.string('client_id', 36);
    t.string('device_time', 40);
    t.string('received_at', 30);
    t.boolean('clock_skewed').notNullable().defaultTo(false);
  });
  await db.schema.alterTable('visits', (t) => t.unique(['client_id'], { indexName: 'visits_client_id_unique' }));
  await db.schema.createTable('offline_check_ins', (t) => {
    t.increments('id');
    t.string('client_id', 36).notNullable().unique();
    t.integer('actor_id').notNullable().references('users.id');
    t.string('subject_id', 64).notNullable().references('monitoring_subjects.id');
    t.integer('form_version');
    /** The readings by key, as JSON. */
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
    t.index(['subject_id', 'outcome']);
  });
}

/** Drops them again, in place (no rebuild of visits: its triggers stay). */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('offline_check_ins');
  if (db.client.config.client !== 'pg') await db.raw('drop index if exists visits_client_id_unique');
  else await db.raw('alter table visits drop constraint if exists visits_client_id_unique');
  for (const column of ['clock_skewed', 'received_at', 'device_time', 'client_id'])
    await db.raw(`alter table visits drop column ${column}`);
}
