// The `calendar_days` table: the public holidays and make-up working days (调休) an admin marks, which the deadline
// arithmetic reads. One row per date; marking a date again replaces its kind and name.
import type { Page } from '../api/paging-types';
import type { Db } from './db-types';
import { pageOfQuery, type PageQuery } from './page-of-query';

/** A holiday or a make-up workday. */
export type CalendarDayKind = 'holiday' | 'workday';

/** A marked date as the calendar lists it. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** The kind and name a date is marked with. */
export interface CalendarMark {
  kind: CalendarDayKind;
  name: string;
}

const toCalendarDay = (row: Record<string, unknown>): CalendarDay => ({
  date: String(row.date),
  kind: String(row.kind) as CalendarDayKind,
  name: String(row.name ?? ''),
});

/** One page of the marked dates of a year (`YYYY`), of one kind or both, in date order. */
export async function calendarDayPage(
  db: Db,
  year: string,
  kind: string | undefined,
  paging: PageQuery,
): Promise<{ rows: CalendarDay[]; page: Page }> {
  const query = db('calendar_days').where('date', 'like', `${year}-%`).orderBy('date').select('date', 'kind', 'name');
  if (kind) query.where('kind', kind);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map(toCalendarDay), page };
}

/** How a date is marked, if it is. */
export async function findCalendarMark(db: Db, date: string): Promise<CalendarMark | undefined> {
  const row: Record<string, unknown> | undefined = await db('calendar_days').where({ date }).first('kind', 'name');
  return row ? { kind: String(row.kind) as CalendarDayKind, name: String(row.name ?? '') } : undefined;
}

/** Marks a date (or marks it anew), saying who did and when. */
export async function setCalendarDay(db: Db, day: CalendarDay, updatedBy: number, updatedAt: string): Promise<void> {
  await db('calendar_days')
    .insert({ date: day.date, kind: day.kind, name: day.name, updated_by: updatedBy, updated_at: updatedAt })
    .onConflict('date')
    .merge(['kind', 'name', 'updated_by', 'updated_at']);
}

/** Unmarks a date. */
export async function deleteCalendarDay(db: Db, date: string): Promise<void> {
  await db('calendar_days').where({ date }).delete();
}
