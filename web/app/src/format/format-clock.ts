// A to-do line names a time of today by its clock alone ("已提交 09:12", "截止 17:00") and any other day in full.
import type { Locale } from '#core/domain/locale';
import { formatDateTime } from './format-date-time';
import { zonedDate, zonedFormatter } from './server-time-zone';

/** `HH:MM` in the server's zone when `iso` falls on the local day `today` (YYYY-MM-DD), else the full local date and time. */
export function formatClockOrDate(iso: string, today: string | null, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (today === null || zonedDate(date) !== today) return formatDateTime(iso, locale);
  return zonedFormatter('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}
