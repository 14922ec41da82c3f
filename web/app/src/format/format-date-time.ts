// Times arrive as ISO strings; people read them in the server's zone (format/server-time-zone.ts), in their language.
import type { Locale } from '#core/domain/locale';
import { localDateText } from '#core/domain/local-date-text';
import { isZonedMidnight, zonedFormatter } from './server-time-zone';

/** An ISO time as a short local date and time in the server's zone; the input itself when it is not a time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return zonedFormatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A deadline as formatDateTime writes a time, except one in the minute from midnight, which ends the day before:
 * "2026年12月8日 24:00" / "8 Dec 2026, end of day", not the next day's 00:00, which reads as a day later than the rule
 * ("not overnight"). The minute, not the instant: a deadline restarted with the time left after a return (the clock stops
 * while the enterprise answers) lands seconds past midnight, and shown to the minute it would read "00:00" too. */
export function formatDeadline(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const minute = new Date(date.getTime() - (date.getTime() % 60_000));
  if (!isZonedMidnight(minute)) return formatDateTime(iso, locale);
  const dayBefore = zonedFormatter(locale, { dateStyle: 'medium' }).format(new Date(minute.getTime() - 1));
  return locale === 'en' ? `${dayBefore}, end of day` : `${dayBefore} 24:00`;
}

/** A local date (YYYY-MM-DD, as the API sends dates) as people read it: "2026年1月1日" / "1 Jan 2026". */
export function formatDate(date: string, locale: Locale): string {
  return localDateText(date, locale);
}
