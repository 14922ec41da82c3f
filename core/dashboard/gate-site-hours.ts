// Kept at this path for migration 0012, which backfilled the gate counts by importing it here; landed migrations are
// never edited. The counts' SQL lives in core/stores/dashboard/gate-site-hours.ts.
export { countAtGate, type GateCount } from '../stores/dashboard/gate-site-hours';
