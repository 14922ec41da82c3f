// An inbox user's named filter sets: the query string of the inbox saved under a name of their own, one per name.
import type { Page } from '../api/paging-types';
import { fromJson, toJson } from '../db';
import type { Db } from './db-types';
import { pageOfQuery, type PageQuery } from './page-of-query';

/** A saved filter: its name and the inbox query parameters it stands for. */
export interface SavedFilter {
  id: number;
  name: string;
  query: Record<string, string>;
}

/** One page of the user's saved filters, by name. */
export async function savedFilterPage(db: Db, userId: number, paging: PageQuery): Promise<{ filters: SavedFilter[]; page: Page }> {
  const { rows, page } = await pageOfQuery<{ id: number; name: string; query: string }>(
    db,
    db('saved_filters').where({ user_id: userId }).orderBy('name').orderBy('id'),
    paging,
  );
  return { filters: rows.map((row) => ({ id: Number(row.id), name: row.name, query: fromJson(row.query) })), page };
}

/** How many filters the user keeps, and whether one of them is called `name` (saving it again replaces it). */
export async function savedFilterCount(db: Db, userId: number, name: string): Promise<{ count: number; named: boolean }> {
  const rows: { name: string }[] = await db('saved_filters').where({ user_id: userId }).select('name');
  return { count: rows.length, named: rows.some((row) => row.name === name) };
}

/** Saves the filter under its name, replacing the user's filter of that name; answers the stored filter's id. */
export async function saveFilter(db: Db, userId: number, name: string, query: Record<string, string>): Promise<number> {
  await db('saved_filters')
    .insert({ user_id: userId, name, query: toJson(query) })
    .onConflict(['user_id', 'name'])
    .merge();
  const row: { id: number } = await db('saved_filters').where({ user_id: userId, name }).first();
  return Number(row.id);
}

/** Deletes one of the user's saved filters and says what it was called; undefined when they have none with this id. */
export async function deleteSavedFilter(db: Db, userId: number, id: number): Promise<{ name: string } | undefined> {
  return db.transaction(async (trx) => {
    const row: { name: string } | undefined = await trx('saved_filters').where({ id, user_id: userId }).first('name');
    if (!row) return undefined;
    await trx('saved_filters').where({ id, user_id: userId }).delete();
    return { name: row.name };
  });
}
