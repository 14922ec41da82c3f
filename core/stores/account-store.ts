// The admin's accounts in the `users` table: the list with its filters, one account as the list shows it, and the
// fields an admin sets when creating or editing one.
import type { Page } from '../api/paging-types';
import type { Role } from '../org/org-types';
import type { Db } from './db-types';
import { whereContains } from './like-pattern';
import { pageOfQuery, type PageQuery } from './page-of-query';
import { toSessionUser, type SessionUserRow } from './session-store';

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
