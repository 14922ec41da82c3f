// Plain date arithmetic for the calendar page: a month as weeks of ISO dates, Monday first (as Chinese calendars are).
import { zonedDate } from '../../format/server-time-zone';

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Monday … 6 = Sunday, for an ISO date. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** True on Saturdays and Sundays. */
export function isWeekend(date: string): boolean {
  return weekdayIndex(date) >= 5;
}

/** The month's dates as rows of seven; null pads the days before the 1st and after the last. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(isoDate(year, month, 1)) }, () => null);
  for (let day = 1; day <= length; day += 1) cells.push(isoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** Today's date (YYYY-MM-DD) in the server's zone, the day deadlines count from. */
export function todayDate(now = new Date()): string {
  return zonedDate(now);
}

/** The current year in the server's zone. */
export function currentYear(now = new Date()): number {
  return Number(zonedDate(now).slice(0, 4));
}
