// Offline capture at the gate (issue 23): a check made on a phone without signal carries the phone's clock, kept on the
// record beside the server's time (which is what counts); and each user's key for the phone's encrypted queue, handed
// out only to a signed-in session so that queued personal data is unreadable once the officer signs out. Never edit
// once merged.
import type { Knex } from 'knex';

/** Adds gate_checks.device_time and the offline_keys table. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('gate_checks', (t) => {
    t.string('device_time', 30);
  });
  await db.schema.createTable('offline_keys', (t) => {
    t.integer('user_id').primary().references('users.id');
    // 32 random bytes, base64: the AES-GCM key of the user's device queue.
    t.string('key', 64).notNullable();
    t.string('created_at', 30).notNullable();
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('offline_keys');
  await db.schema.alterTable('gate_checks', (t) => {
    t.dropColumn('device_time');
  });
}
