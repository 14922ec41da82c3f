// The `calendar_days` table as the deadline arithmetic reads it: the exceptions (holidays, swapped workdays) to the
// weekday rule over a span of dates. The admin's calendar page keeps its own reads and writes (web/server/calendar).
import type { CalendarDay } from '../domain/working-calendar';
import type { Db } from './db-types';

/** The calendar's exceptions dated `from` … `to` (inclusive, YYYY-MM-DD). */
export async function calendarDaysBetween(db: Db, from: string, to: string): Promise<CalendarDay[]> {
  const rows: { date: string; kind: CalendarDay['kind'] }[] = await db('calendar_days')
    .whereBetween('date', [from, to])
    .select('date', 'kind');
  return rows.map((row) => ({ date: String(row.date), kind: row.kind }));
}
