// Passwords in the `users` table: the account and hash a sign-in checks, a password change or a forced one, and the
// accounts still on the demo seed's password.
import type { Db } from './db-types';
import { toSessionUser, type SessionUserRow } from './session-store';

/** An active account the demo seed created whose password has not changed since, with its hash (to verify). */
export interface DemoPasswordAccount {
  username: string;
  passwordHash: string;
}

/** Active accounts still marked as having the seed's demo password, by id. */
export async function demoPasswordAccounts(db: Db): Promise<DemoPasswordAccount[]> {
  const rows: { username: string; password_hash: string }[] = await db('users')
    .where({ demo_password: true, active: true })
    .orderBy('id')
    .select('username', 'password_hash');
  return rows.map((row) => ({ username: row.username, passwordHash: row.password_hash }));
}

/** A user's password hash, to check a password against. */
export async function passwordHashOf(db: Db, userId: number): Promise<string | undefined> {
  const row: { password_hash: string } | undefined = await db('users').where({ id: userId }).first('password_hash');
  return row?.password_hash;
}

/** A new password (already hashed): no longer the seed's demo password; `mustChangePassword` when an admin set it. */
export async function setPassword(
  db: Db,
  userId: number,
  passwordHash: string,
  changedAt: string,
  mustChangePassword: boolean,
): Promise<void> {
  await db('users').where({ id: userId }).update({
    password_hash: passwordHash,
    password_changed_at: changedAt,
    must_change_password: mustChangePassword,
    password_change_reason: null,
    demo_password: false,
  });
}

/** Marks an account whose password no longer meets the password rules: it must set a new one before anything else. */
export async function requireNewPassword(db: Db, userId: number): Promise<void> {
  await db('users').where({ id: userId }).update({ must_change_password: true, password_change_reason: 'weak_password' });
}

/** The account signing in under a username, active or not, with its hash (to verify). */
export interface SignInAccount {
  user: SessionUserRow;
  passwordHash: string;
  active: boolean;
}

/** Whether the database holds Fugong's accounts at all (false: a database the migrations never ran on). */
export async function hasAccountsTable(db: Db): Promise<boolean> {
  return db.schema.hasTable('users');
}

/** The account with this username, if any. */
export async function signInAccount(db: Db, username: string): Promise<SignInAccount | undefined> {
  const row: Record<string, unknown> | undefined = await db('users as u')
    .leftJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .leftJoin('working_groups as g', 'g.id', 'u.working_group_id')
    .where('u.username', username)
    .first('u.*', 'e.name as enterprise_name', 'g.kind as working_group_kind');
  return row ? { user: toSessionUser(row), passwordHash: String(row.password_hash), active: Boolean(row.active) } : undefined;
}
