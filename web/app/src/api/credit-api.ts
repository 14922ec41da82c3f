// The credit record of an enterprise: its ledger and total, and an administrator's compensating entry.
import { apiRequest } from './api-request';
import { listPath, type Page, type PageRequest } from './paging';
import { unsafeRequest } from './unsafe-request';
import type { CreditEntry } from '#core/stores/credit/credit-ledger';

/** One line of the ledger, as the API sends it. */
export type { CreditEntry };

/** GET /api/enterprises/:id/credit. */
export interface CreditLedger {
  enterprise: { id: number; name: string };
  /** A page of the entries, newest first. */
  entries: CreditEntry[];
  /** The sum of all the entries' points. */
  total: number;
  page: Page;
}

/** Calls of the credit page. */
export const creditApi = {
  /** A page of the enterprise's ledger (the server's 50 when no page is asked for) and its total. */
  ledger: (enterpriseId: number, signal?: AbortSignal, page: PageRequest = {}) =>
    apiRequest<CreditLedger>(listPath(`/api/enterprises/${enterpriseId}/credit`, {}, page), { signal }),
  /** Reverses an entry by a compensating one (administrators only). */
  reverse: (enterpriseId: number, entryId: number, reason: string) =>
    unsafeRequest<{ entry: CreditEntry }>(`/api/enterprises/${enterpriseId}/credit/reversals`, {
      method: 'POST',
      body: { entryId, reason },
    }),
};
