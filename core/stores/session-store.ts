// The `sessions` table. Sessions live in the DB (so any web replica can serve any request); the cookie carries a random
// token whose SHA-256 is the key, so a leaked table does not leak usable cookies.
import { createHash, randomBytes } from 'node:crypto';
import type { UserFields } from '../org/user-fields';
import type { Db } from './db-types';
import { rawRows } from './raw-rows';

/** The signed-in user a session names, as the API exposes it (web/server/request-context's SessionUser). */
export interface SessionUserRow extends UserFields {
  mustChangePassword: boolean;
  /** Why, when `mustChangePassword`: an administrator set it, or it no longer meets the password rules; else null. */
  passwordChangeReason: PasswordChangeReason | null;
  /** Their working group is an inspection body: a task offered to their whole role is not theirs (org/role-candidates.ts). */
  inspectionBody: boolean;
}

/** Why an account must change its password: an administrator set it (new account, reset), or a sign-in found that it
 * no longer meets the password rules (users.password_change_reason `weak_password`). */
export type PasswordChangeReason = 'set_by_admin' | 'weak_password';

const SESSION_DAYS = 7;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session for a user; returns the cookie token and the CSRF token bound to it. */
export async function createSession(db: Db, userId: number, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db('sessions').insert({
    id_hash: hashToken(token),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  return { token, csrfToken };
}

// Every request with a session cookie runs this: fixed SQL (both databases read it alike), so no query is built per
// request and SQLite keeps it prepared. Read afresh each time: a sign-out on another replica is seen at once.
const LIVE_SESSION =
  'select s.csrf_token, u.id, u.username, u.display_name, u.role, u.email, u.enterprise_id, e.name as enterprise_name, ' +
  'u.working_group_id, u.project_id, u.must_change_password, u.password_change_reason, g.kind as working_group_kind from sessions s ' +
  'join users u on u.id = s.user_id left join enterprises e on e.id = u.enterprise_id ' +
  'left join working_groups g on g.id = u.working_group_id where s.id_hash = ? and s.expires_at > ? and u.active = ? limit 1';

/** Finds the live session of a cookie token with its active user, or undefined. */
export async function findSession(db: Db, token: string, now: Date): Promise<{ user: SessionUserRow; csrfToken: string } | undefined> {
  const [row] = rawRows<Record<string, unknown>>(await db.raw(LIVE_SESSION, [hashToken(token), now.toISOString(), true]));
  if (!row) return undefined;
  return { user: toSessionUser(row), csrfToken: row.csrf_token as string };
}

/** Ends a session. */
export async function deleteSession(db: Db, token: string): Promise<void> {
  await db('sessions')
    .where({ id_hash: hashToken(token) })
    .delete();
}

function passwordChangeReasonOf(row: Record<string, unknown>): PasswordChangeReason | null {
  if (!row.must_change_password) return null;
  return row.password_change_reason === 'weak_password' ? 'weak_password' : 'set_by_admin';
}

/** Maps a users row (joined with its enterprise name and its working group's kind) to the API's user shape. */
export function toSessionUser(row: Record<string, unknown>): SessionUserRow {
  return {
    id: Number(row.id),
    username: row.username as string,
    displayName: row.display_name as string,
    role: row.role as SessionUserRow['role'],
    email: (row.email as string | null) ?? null,
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    enterpriseName: (row.enterprise_name as string | null) ?? null,
    workingGroupId: row.working_group_id == null ? null : Number(row.working_group_id),
    projectId: row.project_id == null ? null : Number(row.project_id),
    mustChangePassword: Boolean(row.must_change_password),
    passwordChangeReason: passwordChangeReasonOf(row),
    inspectionBody: row.working_group_kind === 'inspection',
  };
}

/** Ends every session of a user except the one holding `keepToken`. */
export async function deleteOtherSessions(db: Db, userId: number, keepToken: string | undefined): Promise<void> {
  await db('sessions')
    .where({ user_id: userId })
    .whereNot({ id_hash: hashToken(keepToken ?? '') })
    .delete();
}

/** Ends every session of a user (deactivated, or their password reset). */
export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db('sessions').where({ user_id: userId }).delete();
}
