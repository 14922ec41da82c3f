// One page of a list query and the count of the whole list, run as two statements, so every store that answers a
// paged list (the API's `?limit=&offset=` convention; web/server/paging.ts parses it) pages alike.
import type { Page } from '../api/paging-types';
import type { Db, Knex } from './db-types';

/** The paging a list was asked for, defaults applied. */
export interface PageQuery {
  limit: number;
  offset: number;
}

/** How many rows a query answers (its grouping and distinctness kept; its order and paging ignored). */
export async function countRows(db: Db, query: Knex.QueryBuilder): Promise<number> {
  const inner = query.clone().clearOrder();
  const [row] = await db.from(inner.as('listed')).count({ n: '*' });
  return Number(row?.n ?? 0);
}

/** One page of a query's rows and the count of all of them. */
export async function pageOfQuery<T = Record<string, unknown>>(
  db: Db,
  query: Knex.QueryBuilder,
  paging: PageQuery,
): Promise<{ rows: T[]; page: Page }> {
  const [total, rows] = await Promise.all([countRows(db, query), query.clone().limit(paging.limit).offset(paging.offset)]);
  return { rows: rows as T[], page: { ...paging, total } };
}
