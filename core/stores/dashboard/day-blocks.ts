// Reading the block roll-ups of migration 0030: a period of whole days as aligned blocks of 1, 2, 4, … 256 days
// (at most two per level), and a period of local days as those whole UTC days plus the hours at its edges.
import type { Db, Knex } from '../db-types';

/** The deepest level the roll-ups keep (blocks of 256 days). */
const DEEPEST = 8;
const DAY = 86_400_000;

/** One block: level k, number b, covering day numbers b·2^k … b·2^k + 2^k − 1. */
export interface DayBlock {
  level: number;
  block: number;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY;
}

/** Whole days `from` … `to` (inclusive, YYYY-MM-DD) as the fewest aligned blocks, in order. */
export function dayBlocks(from: string, to: string): DayBlock[] {
  const blocks: DayBlock[] = [];
  const end = dayNumber(to) + 1;
  for (let day = dayNumber(from); day < end;) {
    let level = DEEPEST;
    while (level > 0 && (day % 2 ** level !== 0 || day + 2 ** level > end)) level -= 1;
    blocks.push({ level, block: day / 2 ** level });
    day += 2 ** level;
  }
  return blocks;
}

/**
 * The rows of a block roll-up (alias `x`) in the given blocks, as one read per level, to be joined by UNION ALL
 * (`unionAll`): each is one range of the roll-up's covering index, which PostgreSQL answers from the index alone,
 * where a single OR over the levels made it a bitmap scan that visited a table page for nearly every row.
 */
export function levelReads(db: Db, table: string, blocks: DayBlock[]): Knex.QueryBuilder[] {
  const byLevel = new Map<number, number[]>();
  for (const { level, block } of blocks) byLevel.set(level, [...(byLevel.get(level) ?? []), block]);
  return [...byLevel].map(([level, numbers]) => db(`${table} as x`).where('x.level', level).whereIn('x.block', numbers));
}

/** The reads as one derived table `u` (UNION ALL of them), or null when there are none. */
export function unionAll(db: Db, parts: Knex.QueryBuilder[]): Knex.QueryBuilder | null {
  const [first, ...rest] = parts;
  if (!first) return null;
  return db.from((rest.length ? first.unionAll(rest) : first).as('u'));
}

/** The UTC hour key (YYYY-MM-DDTHH) of an instant in milliseconds. */
const hourKey = (at: number) => new Date(at).toISOString().slice(0, 13);

/**
 * An instant period [start, end) split into the whole UTC days inside it (blocks) and the hour ranges left at its
 * edges ([from, to) as hour keys), for periods that begin and end on whole hours.
 */
export function splitPeriod(start: string, end: string): { blocks: DayBlock[]; edges: { from: string; to: string }[] } {
  const [s, e] = [Date.parse(start), Date.parse(end)];
  const firstDay = Math.ceil(s / DAY) * DAY;
  const lastDayEnd = Math.floor(e / DAY) * DAY;
  if (firstDay >= lastDayEnd) return { blocks: [], edges: [{ from: hourKey(s), to: hourKey(e) }] };
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  const edges = [
    { from: hourKey(s), to: hourKey(firstDay) },
    { from: hourKey(lastDayEnd), to: hourKey(e) },
  ].filter((edge) => edge.from < edge.to);
  return { blocks: dayBlocks(day(firstDay), day(lastDayEnd - DAY)), edges };
}
