// One convention for every list the API answers: `?limit=&offset=` in (PAGE_QUERY_PROPERTIES), and the list under its
// own name beside `page: { limit, offset, total }` out, so a client pages any list the same way.
import type { Knex } from 'knex';
import type { Page } from '#core/api/paging-types';
import { PAGE_QUERY_PROPERTIES } from './page-query-properties';

/** The paging a list was asked for, defaults applied. */
export interface PageQuery {
  limit: number;
  offset: number;
}

export type { Page };

/** The paging of a checked query string (`queryOf`), with the schema's defaults where the caller gave none. */
export function pageQuery(query: { limit?: number; offset?: number }): PageQuery {
  return { limit: query.limit ?? PAGE_QUERY_PROPERTIES.limit.default, offset: query.offset ?? PAGE_QUERY_PROPERTIES.offset.default };
}

/** How many rows a query answers (its grouping and distinctness kept; its order and paging ignored). */
export async function countRows(db: Knex, query: Knex.QueryBuilder): Promise<number> {
  const inner = query.clone().clearOrder();
  const [row] = await db.from(inner.as('listed')).count({ n: '*' });
  return Number(row?.n ?? 0);
}

/** One page of a query's rows and the count of all of them. */
export async function pageOfQuery<T = Record<string, unknown>>(
  db: Knex,
  query: Knex.QueryBuilder,
  paging: PageQuery,
): Promise<{ rows: T[]; page: Page }> {
  const [total, rows] = await Promise.all([countRows(db, query), query.clone().limit(paging.limit).offset(paging.offset)]);
  return { rows: rows as T[], page: { ...paging, total } };
}

/** One page of a list already in memory. */
export function pageOfList<T>(items: readonly T[], paging: PageQuery): { rows: T[]; page: Page } {
  return { rows: items.slice(paging.offset, paging.offset + paging.limit), page: { ...paging, total: items.length } };
}
