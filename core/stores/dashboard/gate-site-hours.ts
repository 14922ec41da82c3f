// Gate checks and releases counted per site and UTC hour, kept on write: the city's gate figures over a period read
// one row per site and busy hour instead of one per check. Hours, not local days, so no time zone is needed to
// write (or backfill) them; a period of local days is a range of whole hours wherever the offset is whole hours.
import type { Db } from '../db-types';

/** What a row counts: checks by outcome, and quarantines released. */
export type GateCount = 'admitted' | 'quarantined' | 'turned_back' | 'released';

/** The UTC hour of an ISO instant, as stored (`2026-02-10T01`). */
export function gateHour(at: string): string {
  return new Date(at).toISOString().slice(0, 13);
}

/** Adds `by` (one) to a site's count in the hour of `at`; checks also add to `checks`. */
export async function countAtGate(trx: Db, projectId: number, at: string, what: GateCount, by = 1): Promise<void> {
  const key = { hour: gateHour(at), project_id: projectId };
  await trx('gate_site_hours')
    .insert({ ...key, checks: 0, admitted: 0, quarantined: 0, turned_back: 0, released: 0 })
    .onConflict(['hour', 'project_id'])
    .ignore();
  await trx('gate_site_hours')
    .where(key)
    .update({ [what]: trx.raw('?? + ?', [what, by]), ...(what === 'released' ? {} : { checks: trx.raw('checks + ?', [by]) }) });
}
