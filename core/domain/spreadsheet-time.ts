// Instants as a spreadsheet reads them: the wall clock in the server's zone (`2026-12-06 05:42:40`), which Excel and
// WPS take as a date-time, never UTC's `2026-12-05T21:42:40.767Z`; the column's title names the zone, since the cell
// cannot. Pure Intl arithmetic (zoned-time.ts), shared by every export the server writes.
import type { Locale } from './locale';
import { zoneOffsetMs } from './zoned-time';

/** `YYYY-MM-DD HH:MM:SS` of an instant in `timeZone`; '' for a missing or unreadable one. */
export function spreadsheetTime(instant: string | Date | null | undefined, timeZone: string): string {
  if (instant == null || instant === '') return '';
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const wall = new Date(ms + zoneOffsetMs(ms, timeZone)).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)}`;
}

/** How people call `timeZone`: 北京时间 / Beijing time for China's, else the zone's generic name in `locale`. */
export function zoneCalled(timeZone: string, locale: Locale): string {
  if (timeZone === 'Asia/Shanghai' || timeZone === 'PRC') return locale === 'en' ? 'Beijing time' : '北京时间';
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** A time column's title with its zone: 提交时间（北京时间）, Submitted at (Beijing time). */
export function zonedColumnTitle(title: string, timeZone: string, locale: Locale): string {
  const zone = zoneCalled(timeZone, locale);
  return locale === 'en' ? `${title} (${zone})` : `${title}（${zone}）`;
}
