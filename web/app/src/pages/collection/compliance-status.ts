// How each compliance status shows: a symbol and a word besides the colour, so colour is never the only signal.
import type { ComplianceStatus } from '../../api/collection-api';

/** The symbol shown in a cell of each status (the word comes from the dictionary). */
export const STATUS_SYMBOL: Record<ComplianceStatus, string> = {
  on_time: '✓',
  late: '⏱',
  missed: '✗',
  expected: '…',
  not_required: '—',
};

/** Statuses in legend order. */
export const STATUSES: readonly ComplianceStatus[] = ['on_time', 'late', 'missed', 'expected', 'not_required'];
