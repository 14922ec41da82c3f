// Who a collection round's follow-up tasks are about: the enterprises that missed its deadline, each with the cadre
// looking after it. The round's title comes from round-store.ts; the tasks and their rows are written by the task
// item store (task-item-store.ts).
import type { Db } from '../db-types';

/** An enterprise that missed the round, with its current cadre (null when nobody looks after it). */
export interface MissedReport {
  enterpriseId: number;
  name: string;
  cadreId: number | null;
}

/** The enterprises whose report in the round is missed, in enterprise id order, each once with its current cadre. */
export async function missedReports(db: Db, roundId: string): Promise<MissedReport[]> {
  const rows: { enterprise_id: number; name: string; cadre_id: number | null }[] = await db('collection_reports as r')
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .leftJoin('cadre_assignments as a', function current() {
      this.on('a.enterprise_id', 'r.enterprise_id').andOnNull('a.ended_at');
    })
    .where({ 'r.round_id': roundId, 'r.status': 'missed' })
    .orderBy('r.enterprise_id')
    .orderBy('a.id')
    .select('r.enterprise_id', 'e.name', 'a.cadre_id');
  // An enterprise with two open assignments (a hand-over in progress) is listed once, with the first.
  const seen = new Set<number>();
  return rows
    .filter((row) => !seen.has(Number(row.enterprise_id)) && seen.add(Number(row.enterprise_id)))
    .map((row) => ({
      enterpriseId: Number(row.enterprise_id),
      name: row.name,
      cadreId: row.cadre_id == null ? null : Number(row.cadre_id),
    }));
}
