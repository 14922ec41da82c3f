// The credit record of an enterprise: its ledger and total, and an administrator's compensating entry.
import { apiRequest } from './api-request';
import { unsafeRequest } from './unsafe-request';
import type { CreditEntry } from '../../../../core/credit/credit-ledger';

/** One line of the ledger, as the API sends it. */
export type { CreditEntry };

/** GET /api/enterprises/:id/credit. */
export interface CreditLedger {
  enterprise: { id: number; name: string };
  entries: CreditEntry[];
  total: number;
}

/** Calls of the credit page. */
export const creditApi = {
  /** The enterprise's ledger and total. */
  ledger: (enterpriseId: number, signal?: AbortSignal) => apiRequest<CreditLedger>(`/api/enterprises/${enterpriseId}/credit`, { signal }),
  /** Reverses an entry by a compensating one (administrators only). */
  reverse: (enterpriseId: number, entryId: number, reason: string) =>
    unsafeRequest<{ entry: CreditEntry }>(`/api/enterprises/${enterpriseId}/credit/reversals`, {
      method: 'POST',
      body: { entryId, reason },
    }),
};
