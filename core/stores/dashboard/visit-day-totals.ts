// Per-day totals of the visit log, kept on write, so the city-wide figures over 60 days read 60 rows.
import type { Db } from '../db-types';

/** Recomputes one day's totals from that day's visits (a few thousand index entries at most). */
export async function refreshVisitDay(db: Db, visitedOn: string): Promise<void> {
  const sums = await db('visits')
    .where({ visited_on: visitedOn })
    .first(
      db.raw('count(*) as visits'),
      db.raw('coalesce(sum(opinions_count), 0) as opinions'),
      db.raw('coalesce(sum(solved_count), 0) as solved'),
      db.raw('coalesce(sum(coordinate_count), 0) as coordinated'),
      db.raw('coalesce(sum(filed_count), 0) as filed'),
    );
  const row = {
    visited_on: visitedOn,
    visits: Number(sums.visits),
    opinions: Number(sums.opinions),
    solved: Number(sums.solved),
    coordinated: Number(sums.coordinated),
    filed: Number(sums.filed),
  };
  await db('visit_day_totals').insert(row).onConflict('visited_on').merge();
}
