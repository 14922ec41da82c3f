// The `enterprises` table, read with each enterprise's current cadre (its open row in `cadre_assignments`): the
// register's list and record, the credit-code check and the admin's (or the enterprise's own) writes.
import type { Page } from '../../api/paging-types';
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';
import { whereContains } from '../like-pattern';

/** The columns an admin (or the enterprise, its contacts only) writes, under their API names. */
export interface EnterpriseFields {
  name: string;
  creditCode: string;
  type: string;
  focus: boolean;
  address: string | null;
  liaisonName: string | null;
  liaisonMobile: string | null;
  liaisonEmail: string | null;
}

/** An enterprise as stored, with its current cadre. */
export interface EnterpriseRow extends EnterpriseFields {
  id: number;
  cadre: { id: number; displayName: string } | null;
  createdAt: string;
}

/** Each writable field's column. */
export const ENTERPRISE_FIELD_COLUMNS: Record<keyof EnterpriseFields, string> = {
  name: 'name',
  creditCode: 'credit_code',
  type: 'type',
  focus: 'focus',
  address: 'address',
  liaisonName: 'liaison_name',
  liaisonMobile: 'liaison_mobile',
  liaisonEmail: 'liaison_email',
};

/** Which enterprises a caller may see: all, or these ids. */
export type EnterpriseScope = 'all' | number[];

/** The register's filters. */
export interface EnterpriseFilter {
  /** Part of the name (SQL wildcards in it are dropped). */
  q?: string;
  focus?: boolean;
  type?: string;
  cadreId?: number;
}

const text = (value: unknown): string | null => (value == null ? null : String(value));

function toEnterpriseRow(row: Record<string, unknown>): EnterpriseRow {
  return {
    id: Number(row.id),
    name: String(row.name),
    creditCode: String(row.credit_code),
    type: String(row.type),
    focus: Boolean(row.focus),
    address: text(row.address),
    liaisonName: text(row.liaison_name),
    liaisonMobile: text(row.liaison_mobile),
    liaisonEmail: text(row.liaison_email),
    cadre: row.cadre_id == null ? null : { id: Number(row.cadre_id), displayName: String(row.cadre_name) },
    createdAt: String(row.created_at),
  };
}

function withCadre(db: Db, scope: EnterpriseScope) {
  const query = db('enterprises as e')
    .leftJoin('cadre_assignments as a', function current() {
      this.on('a.enterprise_id', 'e.id').andOnNull('a.ended_at');
    })
    .leftJoin('users as c', 'c.id', 'a.cadre_id')
    .select('e.*', 'c.id as cadre_id', 'c.display_name as cadre_name');
  return scope === 'all' ? query : query.whereIn('e.id', scope);
}

/** One page of the enterprises in `scope` that match `filter`, by id. */
export async function enterprisePage(
  db: Db,
  scope: EnterpriseScope,
  filter: EnterpriseFilter,
  paging: PageQuery,
): Promise<{ rows: EnterpriseRow[]; page: Page }> {
  const query = withCadre(db, scope).orderBy('e.id');
  if (filter.q) whereContains(query, 'e.name', filter.q);
  if (filter.focus !== undefined) query.where('e.focus', filter.focus);
  if (filter.type) query.where('e.type', filter.type);
  if (filter.cadreId) query.where('a.cadre_id', filter.cadreId);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map(toEnterpriseRow), page };
}

/** The enterprise with this id, if it is in `scope`. */
export async function findEnterprise(db: Db, id: number, scope: EnterpriseScope = 'all'): Promise<EnterpriseRow | undefined> {
  const row: Record<string, unknown> | undefined = await withCadre(db, scope).where('e.id', id).first();
  return row ? toEnterpriseRow(row) : undefined;
}

/** The id and name of every enterprise in `scope`, by name (what a picker offers). */
export async function enterpriseNames(db: Db, scope: EnterpriseScope): Promise<{ id: number; name: string }[]> {
  const query = db('enterprises').orderBy('name').select('id', 'name');
  const rows: { id: number; name: string }[] = await (scope === 'all' ? query : query.whereIn('id', scope));
  return rows.map((e) => ({ id: Number(e.id), name: String(e.name) }));
}

/** One page of the names and credit codes of the enterprises in `scope` whose name holds `q`, by name: what a form's
 * enterprise picker offers, and nothing more of each enterprise. */
export async function enterpriseNamePage(
  db: Db,
  scope: EnterpriseScope,
  q: string | undefined,
  paging: PageQuery,
): Promise<{ rows: { name: string; creditCode: string }[]; page: Page }> {
  const query = db('enterprises')
    .select('name', 'credit_code')
    .orderBy([{ column: 'name' }, { column: 'id' }]);
  if (scope !== 'all') query.whereIn('id', scope);
  if (q) whereContains(query, 'name', q);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map((row) => ({ name: String(row.name), creditCode: String(row.credit_code) })), page };
}

/** The id of the enterprise registered under this credit code, if any. */
export async function enterpriseIdByCreditCode(db: Db, creditCode: string): Promise<number | undefined> {
  const row: { id: number } | undefined = await db('enterprises').where({ credit_code: creditCode }).first('id');
  return row ? Number(row.id) : undefined;
}

/** The columns of `fields` (only those given), for the write and its audit summary. */
export function enterpriseColumns(fields: Partial<EnterpriseFields>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([key, value]) =>
      key in ENTERPRISE_FIELD_COLUMNS ? [[ENTERPRISE_FIELD_COLUMNS[key as keyof EnterpriseFields], value]] : [],
    ),
  );
}

/** Registers an enterprise (not a focus one unless said); answers its id. */
export async function insertEnterprise(db: Db, fields: Partial<EnterpriseFields>, createdAt: string): Promise<number> {
  const [row] = await db('enterprises')
    .insert({ ...enterpriseColumns(fields), focus: fields.focus ?? false, created_at: createdAt })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** Changes the given fields of an enterprise. */
export async function updateEnterprise(db: Db, id: number, fields: Partial<EnterpriseFields>): Promise<void> {
  await db('enterprises').where({ id }).update(enterpriseColumns(fields));
}

/** The enterprise's name, or undefined when there is no such enterprise. */
export async function enterpriseName(db: Db, id: number): Promise<string | undefined> {
  const row: { name: string } | undefined = await db('enterprises').where({ id }).first('name');
  return row?.name;
}

/** Whether an enterprise with this id exists. */
export async function enterpriseExists(db: Db, id: number): Promise<boolean> {
  return Boolean(await db('enterprises').where({ id }).first('id'));
}

/** Each enterprise's id by its credit code: of these codes only, or of every enterprise. */
export async function enterpriseIdsByCreditCode(db: Db, creditCodes?: readonly string[]): Promise<Map<string, number>> {
  const query = db('enterprises').select('id', 'credit_code');
  if (creditCodes) query.whereIn('credit_code', creditCodes);
  const rows: { id: number; credit_code: string }[] = await query;
  return new Map(rows.map((row) => [row.credit_code, Number(row.id)]));
}

// Each id is a bound parameter: SQLite takes 32,766 in one statement, so a longer list is asked in parts (a collection
// lists at most 10,000, which is one).
const IDS_AT_ONCE = 10_000;

/** Which of `ids` name an enterprise. */
export async function existingEnterpriseIds(db: Db, ids: readonly number[]): Promise<number[]> {
  const found: number[] = [];
  for (let i = 0; i < ids.length; i += IDS_AT_ONCE) {
    const part: unknown[] = await db('enterprises')
      .whereIn('id', ids.slice(i, i + IDS_AT_ONCE))
      .pluck('id');
    found.push(...part.map(Number));
  }
  return found;
}
