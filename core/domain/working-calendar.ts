// Deadlines in local time over a working-day calendar: weekends rest unless a make-up working day (调休) says
// otherwise, public holidays rest even on weekdays. Pure functions over plain data, so both activities and tests use them.
// How an SLA is written and read lives in ./duration.
import type { Sla } from './duration';
import { localDate, startOfLocalDay } from './zoned-time';

/** An exception to the weekday rule on one local date (`YYYY-MM-DD`). */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name?: string;
}

// Local dates and day boundaries in a zone are ./zoned-time's; the calendar's callers take them from here too.
export { localDate, startOfLocalDay } from './zoned-time';

/** The local date `days` after `date` (calendar days). Throws a RangeError past the years 0000–9999: beyond them ISO
 * writes "+010000-01-01", which sorts before "9999-12-31", so a loop `day <= to` stepping by this would never end. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  const year = next.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`${date} + ${days} days is not a date of the years 0000–9999`);
  return next.toISOString().slice(0, 10);
}

/** Whether `date` is a working day: weekdays unless a holiday, weekends only as make-up working days. */
export function isWorkingDay(date: string, exceptions: ReadonlyMap<string, CalendarDay['kind']>): boolean {
  const exception = exceptions.get(date);
  if (exception) return exception === 'workday';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `n`th working day after `date` (not counting `date` itself). */
export function nthWorkingDayAfter(date: string, n: number, days: readonly CalendarDay[]): string {
  const exceptions = new Map(days.map((day) => [day.date, day.kind] as const));
  let current = date;
  // Two years of holidays in a row would be a broken calendar, not a long wait.
  for (let counted = 0, steps = 0; counted < n; steps += 1) {
    if (steps > 730) throw new Error(`no working day within two years after ${date}: check the calendar`);
    current = addDays(current, 1);
    if (isWorkingDay(current, exceptions)) counted += 1;
  }
  return current;
}

/** When an SLA that starts at `start` runs out: local 24:00 of its day, or of the Nth working day after it. */
export function slaDueAt(start: string, sla: Sla, days: readonly CalendarDay[], timeZone: string): string {
  const startMs = Date.parse(start);
  if (sla.kind === 'duration') return new Date(startMs + sla.ms).toISOString();
  const today = localDate(startMs, timeZone);
  const lastDay = sla.kind === 'end-of-day' ? today : nthWorkingDayAfter(today, sla.days, days);
  return new Date(startOfLocalDay(addDays(lastDay, 1), timeZone)).toISOString();
}
