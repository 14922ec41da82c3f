// The admin's stuck-case list.
import type { StuckCase, StuckPage } from '../../../server/stuck/stuck-types';
import { apiRequest } from './api-request';
import { listPath, type PageRequest } from './paging';

export type { StuckCase, StuckPage };

/** Calls of the stuck-case page. */
export const stuckApi = {
  /** A page of the cases whose process cannot go on; `fresh` asks the engine again rather than the last scan. */
  list: (page: PageRequest, fresh: boolean, signal?: AbortSignal) =>
    apiRequest<StuckPage>(listPath('/api/admin/stuck-cases', { fresh: fresh ? 'true' : undefined }, page), { signal }),
};
