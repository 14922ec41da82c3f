// Account safety: sign-in throttling moves to rate-limiter-flexible's own table (atomic counters, so parallel
// attempts cannot all slip past the check), users carry "must change password" and "still has the demo password"
// marks, and the demo accounts of an existing database are marked. Never edit once merged.
import type { Knex } from 'knex';
import { verifyPassword } from '../auth/passwords';

// Frozen here: the migration must mark what the demo seed wrote at the time, whatever the seed says later.
const DEMO_PASSWORD = 'Fugong@2026';

/** Creates the limiter table, adds the marks, drops the old failure log. */
export async function up(db: Knex): Promise<void> {
  // The columns rate-limiter-flexible's SQLite and PostgreSQL stores read and write (key, points, expire in epoch ms).
  await db.schema.createTable('rate_limits', (t) => {
    t.string('key', 255).primary();
    t.integer('points').notNullable().defaultTo(0);
    t.bigInteger('expire');
  });
  await db.schema.alterTable('users', (t) => {
    t.boolean('must_change_password').notNullable().defaultTo(false);
    t.boolean('demo_password').notNullable().defaultTo(false);
  });
  await markDemoAccounts(db);
  await db.schema.dropTable('login_failures');
}

// The demo seed hashed the password once for every account, so its accounts share one hash: check each shared,
// never-changed hash once instead of every user.
async function markDemoAccounts(db: Knex): Promise<void> {
  const shared = await db('users')
    .whereNull('password_changed_at')
    .groupBy('password_hash')
    .havingRaw('count(*) > 1')
    .pluck('password_hash');
  for (const hash of shared as string[]) {
    if (await verifyPassword(DEMO_PASSWORD, hash)) {
      await db('users').where({ password_hash: hash }).update({ demo_password: true });
    }
  }
}

/** Restores the failure log and drops the rest. */
export async function down(db: Knex): Promise<void> {
  await db.schema.createTable('login_failures', (t) => {
    t.increments('id');
    t.string('key', 200).notNullable();
    t.string('at', 30).notNullable();
    t.index(['key', 'at']);
  });
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('users', (t) => t.dropColumns('must_change_password', 'demo_password'));
  } else {
    // SQLite drops plain columns in place; knex's dropColumn would rebuild `users`, which every other table references.
    await db.raw('ALTER TABLE users DROP COLUMN must_change_password');
    await db.raw('ALTER TABLE users DROP COLUMN demo_password');
  }
  await db.schema.dropTable('rate_limits');
}
