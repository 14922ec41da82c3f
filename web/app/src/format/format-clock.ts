// A to-do line names a time of today by its clock alone ("已提交 09:12", "截止 17:00") and any other day in full.
import type { Locale } from '../../../../core/domain/locale';
import { formatDateTime } from './format-date-time';

const ZONE = 'Asia/Shanghai';
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE });
const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });

/** `HH:MM` in Beijing time when `iso` falls on the local day `today` (YYYY-MM-DD), else the full local date and time. */
export function formatClockOrDate(iso: string, today: string | null, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return today !== null && day.format(date) === today ? clock.format(date) : formatDateTime(iso, locale);
}
