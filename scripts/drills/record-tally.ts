// Counting what a burst of submissions left behind: per id and per kind of record, how many exist. The drills that
// send the same ids at once (duplicate submissions, scale-out) judge "lost" and "doubled" from these tallies.
import type { Knex } from '#core/db';

/** Per id, how many rows of a query hold it in `column` (ids with none are missing from the map). */
export async function perId(query: Knex.QueryBuilder, column: string): Promise<Map<string, number>> {
  const rows = (await query.groupBy(column).select({ id: column }).count({ n: '*' })) as unknown as { id: string; n: number | string }[];
  return new Map(rows.map((row) => [row.id, Number(row.n)]));
}

/** Missing and extra records over every tally (one per kind of record), with a line per kind. */
export function lostAndDoubled(
  ids: string[],
  tallies: Record<string, Map<string, number>>,
): { lost: number; doubled: number; notes: string[] } {
  const found = { lost: 0, doubled: 0, notes: [] as string[] };
  for (const [name, tally] of Object.entries(tallies)) {
    const missing = ids.filter((id) => !tally.get(id)).length;
    const extra = ids.reduce((sum, id) => sum + Math.max(0, (tally.get(id) ?? 0) - 1), 0);
    found.lost += missing;
    found.doubled += extra;
    found.notes.push(`${name}: ${ids.length - missing}/${ids.length} present, ${extra} extra`);
  }
  return found;
}
