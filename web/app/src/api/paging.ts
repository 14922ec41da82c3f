// Every list the API answers carries `page: { limit, offset, total }`; the app asks for a page with `?limit=&offset=`.

export type { Page } from '#core/api/paging-types';

/** The paging a caller asks for; the server's defaults (50 from the start) where a field is missing. */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** The most rows one page may hold (the server's `limit` maximum): pickers that need a whole short list ask for this. */
export const MAX_PAGE = 500;

/** A path with its query string: the filters that have a value, then the paging. */
export function listPath(path: string, filters: Record<string, string | number | undefined | null> = {}, page: PageRequest = {}): string {
  const params = new URLSearchParams();
  const all: Record<string, string | number | undefined | null> = { ...filters, limit: page.limit, offset: page.offset };
  for (const [name, value] of Object.entries(all))
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
