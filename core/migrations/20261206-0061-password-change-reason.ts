// Why an account must change its password: until now only because an administrator set it (a new account, a reset).
// A sign-in whose password no longer meets the password rules (set before them, or under an older, weaker rule) now
// marks the account too, and its change-password page and refusals say so instead of speaking of an initial password.
// `weak_password` for that; null for every other account, including every one marked before. Never edit once merged.
import type { Knex } from 'knex';

/** Adds users.password_change_reason, nullable. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('users', (t) => {
    t.string('password_change_reason', 32).nullable();
  });
}

/** Drops the column. */
export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('users', (t) => t.dropColumn('password_change_reason'));
  } else {
    // SQLite drops a plain column in place; knex's dropColumn would rebuild `users`, which every other table references.
    await db.raw('ALTER TABLE users DROP COLUMN password_change_reason');
  }
}
