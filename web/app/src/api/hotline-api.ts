// The hotline log: calls the special class answered, and filing one as a difficulty report.
import type { HotlineCall } from '#core/stores/hotline-store';
import { apiRequest } from './api-request';
import type { Page } from './paging';
import { unsafeRequest } from './unsafe-request';

export type { HotlineCall };

/** What the call form sends. */
export interface HotlineCallInput {
  callerName: string;
  callerMobile: string;
  /** Left out while no enterprise is chosen: the server refuses it as missing. */
  enterpriseId?: number;
  category?: string;
  problem: string;
}

/** Calls of the hotline page. */
export const hotlineApi = {
  /** Calls, newest first. */
  list: (offset: number, signal?: AbortSignal) =>
    apiRequest<{ calls: HotlineCall[]; page: Page }>(`/api/hotline?offset=${offset}`, { signal }),
  /** Records a call. */
  record: (call: HotlineCallInput) => unsafeRequest<{ call: HotlineCall }>('/api/hotline', { method: 'POST', body: call }),
  /** Files the call as a difficulty report of its enterprise (once; a repeat answers the same report). */
  file: (id: number) =>
    unsafeRequest<{ submissionId: string; created: boolean; call: HotlineCall }>(`/api/hotline/${id}/difficulty`, { method: 'POST' }),
};
