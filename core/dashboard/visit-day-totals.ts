// Kept at this path for migration 0012, which backfilled the visit day totals by importing it here; landed migrations
// are never edited. The totals' SQL lives in core/stores/dashboard/visit-day-totals.ts.
export { refreshVisitDay } from '../stores/dashboard/visit-day-totals';
