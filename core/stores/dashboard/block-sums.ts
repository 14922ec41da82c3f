// City-wide sums over a period from a block roll-up and its hourly table (migration 0030): the whole UTC days of the
// period from a few aligned blocks, the hours at its edges from the hourly rows, added up per key in one statement.
import type { Db } from '../db-types';
import { levelReads, splitPeriod, unionAll } from './day-blocks';
import type { FigureRange } from '#core/dashboard/figure-group';
import { instantRange, num } from './figure-sql';

/** A block roll-up and the hourly table it is kept from; both carry the key and count columns under the same names. */
export interface BlockRollUp {
  blocks: string;
  hours: string;
}

/** The gate's counts per site. */
export const GATE_SITES: BlockRollUp = { blocks: 'gate_site_blocks', hours: 'gate_site_hours' };
/** Difficulty counts per category and rung. */
export const DIFFICULTIES: BlockRollUp = { blocks: 'difficulty_blocks', hours: 'difficulty_hours' };

/** Sums of `counts` (output name → column) over the period, per value of the `by` columns. */
export async function sumOverPeriod(
  db: Db,
  rollUp: BlockRollUp,
  range: FigureRange,
  by: string[],
  counts: Record<string, string>,
): Promise<Record<string, unknown>[]> {
  const { start, end } = instantRange(range);
  const { blocks, edges } = splitPeriod(start, end);
  const columns = [...by, ...new Set(Object.values(counts))].map((column) => `x.${column}`);
  const union = unionAll(db, [
    ...levelReads(db, rollUp.blocks, blocks).map((read) => read.select(columns)),
    ...edges.map((edge) => db(`${rollUp.hours} as x`).where('x.hour', '>=', edge.from).where('x.hour', '<', edge.to).select(columns)),
  ]);
  if (!union) return [];
  const rows: Record<string, unknown>[] = await union
    .groupBy(by.map((column) => `u.${column}`))
    .select(by.map((column) => `u.${column}`))
    .sum(Object.fromEntries(Object.entries(counts).map(([name, column]) => [name, `u.${column}`])));
  return rows.map((row) => ({ ...row, ...Object.fromEntries(Object.keys(counts).map((name) => [name, num(row[name])])) }));
}
