// The `users` table: accounts read as typed rows, the people an email goes to, the admin's list and writes, and the
// account and hash sign-in and password changes check. Sessions have their own store (session-store.ts).
import type { Page } from '../api/paging-types';
import type { Locale } from '../domain/locale';
import type { Role } from '../org/org-types';
import type { Db } from './db-types';
import { outsideInspectionBodies } from './org/role-candidates';
import { pageOfQuery, type PageQuery } from './page-of-query';
import { toSessionUser, type SessionUserRow } from './session-store';
import { whereContains } from './like-pattern';

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

/** The fields of an account an admin sets, under their API names. */
export interface AccountFields {
  displayName: string;
  email: string | null;
  enterpriseId: number | null;
  workingGroupId: number | null;
  projectId: number | null;
  active: boolean;
  role: Role;
}

/** Each admin-set field's column. */
export const ACCOUNT_FIELD_COLUMNS: Record<keyof AccountFields, string> = {
  displayName: 'display_name',
  email: 'email',
  enterpriseId: 'enterprise_id',
  workingGroupId: 'working_group_id',
  projectId: 'project_id',
  active: 'active',
  role: 'role',
};

/** The columns of `fields` (only those given), for the write and its audit summary. */
export function accountColumns(fields: Partial<AccountFields>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([key, value]) =>
      key in ACCOUNT_FIELD_COLUMNS && value !== undefined ? [[ACCOUNT_FIELD_COLUMNS[key as keyof AccountFields], value]] : [],
    ),
  );
}

/** An account as the admin's user list shows it: the session's user shape, whether it is active, and since when. */
export type AccountRow = SessionUserRow & { active: boolean; createdAt: string };

/** The admin list's filters. */
export interface AccountFilter {
  role?: string;
  active?: boolean;
  /** Part of the username or display name (SQL wildcards in it are dropped). */
  q?: string;
}

function accounts(db: Db) {
  return db('users as u')
    .leftJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .leftJoin('working_groups as g', 'g.id', 'u.working_group_id')
    .select('u.*', 'e.name as enterprise_name', 'g.kind as working_group_kind');
}

const toAccountRow = (row: Record<string, unknown>): AccountRow => ({
  ...toSessionUser(row),
  active: Boolean(row.active),
  createdAt: row.created_at as string,
});

/** One page of the accounts matching `filter`, by id. */
export async function accountPage(db: Db, filter: AccountFilter, paging: PageQuery): Promise<{ rows: AccountRow[]; page: Page }> {
  const query = accounts(db).orderBy('u.id');
  if (filter.role) query.where('u.role', filter.role);
  if (filter.active !== undefined) query.where('u.active', filter.active);
  if (filter.q) {
    const text = filter.q;
    query.where((w) => {
      whereContains(w, 'u.username', text).orWhere((o) => {
        whereContains(o, 'u.display_name', text);
      });
    });
  }
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map(toAccountRow), page };
}

/** Every account (active or not) in any of `roles`, in the session's user shape, by id: whom a bench or a test reads the
 * inbox as without signing in. */
export async function sessionUsersInRoles(db: Db, roles: readonly Role[]): Promise<SessionUserRow[]> {
  const rows: Record<string, unknown>[] = await accounts(db).whereIn('u.role', roles).orderBy('u.id');
  return rows.map(toSessionUser);
}

/** The account with this id, as the admin's list shows it. */
export async function findAccount(db: Db, userId: number): Promise<AccountRow | undefined> {
  const row: Record<string, unknown> | undefined = await accounts(db).where('u.id', userId).first();
  return row ? toAccountRow(row) : undefined;
}

/** Creates an account an admin set up: its password already hashed, to be replaced at first sign-in; answers its id. */
export async function insertAccount(
  db: Db,
  account: Partial<AccountFields> & { username: string; passwordHash: string; createdAt: string },
): Promise<number> {
  const { username, passwordHash, createdAt, ...fields } = account;
  const [inserted] = await db('users')
    .insert({ ...accountColumns(fields), username, password_hash: passwordHash, must_change_password: true, created_at: createdAt })
    .returning('id');
  return Number((inserted as { id: number }).id);
}

/** Changes the given admin-set fields of an account. */
export async function updateAccount(db: Db, userId: number, fields: Partial<AccountFields>): Promise<void> {
  await db('users').where({ id: userId }).update(accountColumns(fields));
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
