// The device-queue keys of offline_keys are sealed with the payload keys' SecretBox (core/codec/secret-box.ts), like
// the robots' secrets: the sealed text (`gcm1:<key id>:<base64>`) is longer than the 64 characters 0043 gave the
// column, so on PostgreSQL it becomes text. SQLite does not enforce a varchar's length: nothing changes there. Keys
// stored before are sealed by the route on their next read (web/server/offline/offline-key-routes.ts), since the
// payload keys are configuration this migration does not read. Never edit once merged.
import type { Knex } from 'knex';

/** Widens offline_keys.key to text on PostgreSQL. */
export async function up(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') await db.raw('alter table offline_keys alter column key type text');
}

/** Narrows it again; sealed keys do not fit, so they are dropped (the phones fetch a new key on their next visit). */
export async function down(db: Knex): Promise<void> {
  if (db.client.config.client !== 'pg') return;
  await db('offline_keys').whereRaw('length(key) > 64').delete();
  await db.raw('alter table offline_keys alter column key type varchar(64)');
}
