// The `users` table: accounts read as typed rows, new accounts, and the people an email goes to. The admin's list and
// writes are in account-store.ts, what sign-in and password changes check in password-store.ts; sessions have their
// own store (session-store.ts).
import type { Locale } from '../domain/locale';
import type { Role } from '../org/org-types';
import type { Db } from './db-types';
import { outsideInspectionBodies } from './org/role-candidates';

/** An account as stored, without its password hash. */
export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  email: string | null;
  locale: Locale;
  enterpriseId: number | null;
  workingGroupId: number | null;
  projectId: number | null;
  active: boolean;
  createdAt: string;
  mustChangePassword: boolean;
}

/** Someone an email goes to: an active user with an address. */
export interface Recipient {
  id: number;
  email: string;
  displayName: string;
  locale: Locale;
}

const COLUMNS = [
  'id',
  'username',
  'display_name',
  'role',
  'email',
  'locale',
  'enterprise_id',
  'working_group_id',
  'project_id',
  'active',
  'created_at',
  'must_change_password',
];

const id = (value: unknown): number | null => (value == null ? null : Number(value));
// Anything but English reads in Chinese, the deployment's language.
const localeOf = (value: unknown): Locale => (value === 'en' ? 'en' : 'zh-CN');

/** The one mapping from a `users` row to `UserRow`. */
export function toUserRow(row: Record<string, unknown>): UserRow {
  return {
    id: Number(row.id),
    username: String(row.username),
    displayName: String(row.display_name),
    role: String(row.role) as Role,
    email: row.email == null ? null : String(row.email),
    locale: localeOf(row.locale),
    enterpriseId: id(row.enterprise_id),
    workingGroupId: id(row.working_group_id),
    projectId: id(row.project_id),
    active: Boolean(row.active),
    createdAt: String(row.created_at),
    mustChangePassword: Boolean(row.must_change_password),
  };
}

/** The account with this id, active or not. */
export async function findUser(db: Db, userId: number): Promise<UserRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('users').where({ id: userId }).first(COLUMNS);
  return row ? toUserRow(row) : undefined;
}

/** Whether an account (active or not) already has this username. */
export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  return Boolean(await db('users').where({ username }).first('id'));
}

/** How many accounts there are. */
export async function countUsers(db: Db): Promise<number> {
  const counted = await db('users').count({ n: '*' }).first();
  return Number(counted?.n ?? 0);
}

/** A new account: its password already hashed. */
export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  createdAt: string;
}

/** Creates an account; answers its id. */
export async function insertUser(db: Db, user: NewUser): Promise<number> {
  const [inserted] = await db('users')
    .insert({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword,
      created_at: user.createdAt,
    })
    .returning('id');
  return Number((inserted as { id: number }).id);
}

/** Active users in any of `roles`, all or without `exceptUserId`, by role, name and id, with their working group's name. */
export async function activeUsersInRoles(
  db: Db,
  roles: readonly Role[],
  exceptUserId: number | null = null,
): Promise<(UserRow & { workingGroupName: { 'zh-CN': string; en: string } | null })[]> {
  const query = db('users as u')
    .leftJoin('working_groups as g', 'g.id', 'u.working_group_id')
    .where('u.active', true)
    .whereIn('u.role', roles)
    .orderBy([{ column: 'u.role' }, { column: 'u.display_name' }, { column: 'u.id' }])
    .select(...COLUMNS.map((column) => `u.${column}`), 'g.name_zh', 'g.name_en');
  if (exceptUserId !== null) query.whereNot('u.id', exceptUserId);
  const rows: Record<string, unknown>[] = await query;
  return rows.map((row) => ({
    ...toUserRow(row),
    workingGroupName: row.name_zh ? { 'zh-CN': String(row.name_zh), en: String(row.name_en) } : null,
  }));
}

/** Every account of one role, active or not. */
export async function usersInRole(db: Db, role: Role): Promise<UserRow[]> {
  const rows: Record<string, unknown>[] = await db('users').where({ role }).orderBy('id').select(COLUMNS);
  return rows.map(toUserRow);
}

/** Whom an email goes to: these users, or everyone in a role (narrowed to one working group, by id or by key; or, for
 * the candidates of a task offered to the whole role, to those outside the inspection bodies: org/role-candidates.ts). */
export type Audience =
  { userIds: number[] } | { role: Role; workingGroupId?: number; workingGroupKey?: string; outsideInspectionBodies?: boolean };

/** The active users of `audience` who have an email address, by id. */
export async function recipients(db: Db, audience: Audience): Promise<Recipient[]> {
  const query = db('users').where({ active: true }).whereNotNull('email').orderBy('id').select('id', 'email', 'display_name', 'locale');
  if ('userIds' in audience) query.whereIn('id', audience.userIds);
  else {
    query.where({ role: audience.role });
    if (audience.workingGroupId !== undefined) query.where({ working_group_id: audience.workingGroupId });
    if (audience.workingGroupKey !== undefined)
      query.whereIn('working_group_id', db('working_groups').where({ key: audience.workingGroupKey }).select('id'));
    if (audience.outsideInspectionBodies) outsideInspectionBodies(query, { column: 'users.working_group_id' });
  }
  const rows: { id: number; email: string; display_name: string; locale: string }[] = await query;
  return rows.map((row) => ({ id: Number(row.id), email: row.email, displayName: row.display_name, locale: localeOf(row.locale) }));
}

/** The first active account with this email address (two accounts may share one), by id. */
export async function findActiveUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('users').where({ email, active: true }).orderBy('id').first(COLUMNS);
  return row ? toUserRow(row) : undefined;
}
