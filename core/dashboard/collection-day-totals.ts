// Kept at this path for migration 0012, which backfilled the round totals by importing it here; landed migrations are
// never edited. The totals' SQL lives in core/stores/dashboard/collection-day-totals.ts.
export { refreshRoundTotals } from '../stores/dashboard/collection-day-totals';
