// Times arrive as ISO strings; people read them in the server's zone (format/server-time-zone.ts), in their language.
import type { Locale } from '#core/domain/locale';
import { localDateText } from '#core/domain/local-date-text';
import { deadlineText } from '#core/domain/deadline-text';
import { serverTimeZone, zonedFormatter } from './server-time-zone';

/** An ISO time as a short local date and time in the server's zone; the input itself when it is not a time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return zonedFormatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A deadline as formatDateTime writes a time, except one in the minute from midnight, which ends the day before:
 * "2026年12月8日 24:00" / "8 Dec 2026, end of day", not the next day's 00:00, which reads as a day later than the rule
 * ("not overnight"). The server's sentences and emails write ends the same way: the rule is core/domain/deadline-text. */
export function formatDeadline(iso: string, locale: Locale): string {
  return deadlineText(iso, locale, serverTimeZone());
}

/** A local date (YYYY-MM-DD, as the API sends dates) as people read it: "2026年1月1日" / "1 Jan 2026". */
export function formatDate(date: string, locale: Locale): string {
  return localDateText(date, locale);
}
