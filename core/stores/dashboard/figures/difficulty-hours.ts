// City-wide difficulty counts from the roll-ups that triggers keep on write (migrations 0018 and 0030): a 60-day period
// reads a few block rows per category and rung and the city's busy hours, not every report with a lookup per report.
// Scoped views (a cadre's, an enterprise's) keep counting the reports themselves.
import type { Db, Knex } from '../../db-types';
import { gateHour } from '../gate-site-hours';
import type { FigureRange } from '#core/dashboard/figure-group';
import { DIFFICULTIES, sumOverPeriod } from '../block-sums';
import { instantRange, num } from '../figure-sql';
import { hourDays } from '#core/dashboard/hour-days';

const COUNTS = ['reported', 'open', 'settled', 'solved', 'coordinated', 'breached'] as const;

/** The roll-up rows of the period (alias `h`). */
function periodHours(db: Db, table: string, range: FigureRange): Knex.QueryBuilder {
  const { start, end } = instantRange(range);
  return db(`${table} as h`).where('h.hour', '>=', gateHour(start)).where('h.hour', '<', gateHour(end));
}

/** Back from the roll-up's '' to the report's own null (no category, no task yet). */
const orNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : String(value));

/** Per category: reported, open, settled, solved on site, coordinated, breached, from the block roll-up (migration 0030). */
export async function difficultyCategoriesFromBlocks(db: Db, range: FigureRange): Promise<Record<string, unknown>[]> {
  const rows = await sumOverPeriod(db, DIFFICULTIES, range, ['category'], Object.fromEntries(COUNTS.map((c) => [c, c])));
  // A category whose reports all went (deleted) leaves zero rows behind: not a category of the period.
  return rows.filter((row) => num(row.reported) > 0).map((row) => ({ ...row, category: orNull(row.category) }));
}

/** Per local day: the same counts, from the city's hourly roll-up (migration 0030). */
export async function difficultyDaysFromHours(db: Db, range: FigureRange): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = await periodHours(db, 'difficulty_city_hours', range).select([
    'h.hour',
    ...COUNTS.map((c) => `h.${c}`),
  ]);
  const dayOf = hourDays(range);
  const days = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const day = dayOf.get(String(row.hour)) ?? range.from;
    const into = days.get(day) ?? { day, ...Object.fromEntries(COUNTS.map((c) => [c, 0])) };
    for (const column of COUNTS) into[column] = num(into[column]) + num(row[column]);
    days.set(day, into);
  }
  return [...days.values()];
}

/** Open reports of the period per current rung (null: no task yet), and SLA breaches per stage. */
export async function difficultyRungsFromHours(
  db: Db,
  range: FigureRange,
): Promise<{ open: { rung: string | null; n: number }[]; breaches: { stage: string | null; n: number }[] }> {
  const [open, breaches] = await Promise.all([
    sumOverPeriod(db, DIFFICULTIES, range, ['rung'], { n: 'open' }),
    periodHours(db, 'difficulty_breach_hours', range).groupBy('h.stage').select('h.stage').sum({ n: 'h.breaches' }) as Promise<
      Record<string, unknown>[]
    >,
  ]);
  return {
    open: open.filter((row) => num(row.n) > 0).map((row) => ({ rung: orNull(row.rung), n: num(row.n) })),
    breaches: breaches.filter((row) => num(row.n) > 0).map((row) => ({ stage: orNull(row.stage), n: num(row.n) })),
  };
}
