// One convention for every list the API answers: `?limit=&offset=` in (PAGE_QUERY_PROPERTIES), and the list under its
// own name beside `page: { limit, offset, total }` out, so a client pages any list the same way. Running a paged query
// is the stores' (core/stores/page-of-query.ts).
import type { Page } from '#core/api/paging-types';
import type { PageQuery } from '#core/stores/page-of-query';
import { PAGE_QUERY_PROPERTIES } from './page-query-properties';

export type { Page, PageQuery };

/** The paging of a checked query string (`queryOf`), with the schema's defaults where the caller gave none. */
export function pageQuery(query: { limit?: number; offset?: number }): PageQuery {
  return { limit: query.limit ?? PAGE_QUERY_PROPERTIES.limit.default, offset: query.offset ?? PAGE_QUERY_PROPERTIES.offset.default };
}

/** One page of a list already in memory. */
export function pageOfList<T>(items: readonly T[], paging: PageQuery): { rows: T[]; page: Page } {
  return { rows: items.slice(paging.offset, paging.offset + paging.limit), page: { ...paging, total: items.length } };
}
