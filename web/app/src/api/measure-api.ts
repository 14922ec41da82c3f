// The service measures of an enterprise (一企一策, web/server/measures): read by the enterprise, its cadre and the
// city-wide roles; recorded and moved on by the cadre.
import { apiRequest } from './api-request';
import { MAX_PAGE, type Page } from './paging';
import { unsafeRequest } from './unsafe-request';
import type { Measure } from '#core/domain/measure';

/** A measure as the server words it in the reader's language. */
export type { Measure };

/** Typed calls to the measures API. */
export const measureApi = {
  /** An enterprise's measures (one full page: the enterprise page shows them all). */
  list: (enterpriseId: number, signal?: AbortSignal) =>
    apiRequest<{ measures: Measure[]; page: Page }>(`/api/enterprises/${enterpriseId}/measures?limit=${MAX_PAGE}`, { signal }),
  create: (enterpriseId: number, body: { measure: string; category: string; responsible: string; dueOn: string }) =>
    unsafeRequest<{ measure: Measure }>(`/api/enterprises/${enterpriseId}/measures`, { method: 'POST', body }),
  update: (id: number, body: { status?: string; outcome?: string }) =>
    unsafeRequest<{ measure: Measure }>(`/api/measures/${id}`, { method: 'PATCH', body }),
};
