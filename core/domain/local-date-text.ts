// A local date (YYYY-MM-DD, the form of the API's dates) as people read it: "2026年1月1日" / "1 Jan 2026". The date
// names a day, not an instant, so it is written as is, whatever the zone of the reader or the server.
import type { Locale } from './locale';

/** `long`: 2026年1月1日 / 1 Jan 2026; `short` (a chart's axis, a grid's head): 1月1日 / 1 Jan. */
export type LocalDateStyle = 'long' | 'short';

const OPTIONS: Record<LocalDateStyle, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'medium', timeZone: 'UTC' },
  short: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `date` (YYYY-MM-DD) in the reader's language; the input itself when it is not such a date. */
export function localDateText(date: string, locale: Locale, style: LocalDateStyle = 'long'): string {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) return date;
  const key = `${locale} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, OPTIONS[style]);
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

/** A day as a page or message names it among others near it: 12月7日 / 7 Dec, with its year only when it is not the year
 * of `today` (YYYY-MM-DD, the reader's today), as a range reaching back over New Year needs. */
export function dayText(date: string, today: string, locale: Locale): string {
  return localDateText(date, locale, date.slice(0, 4) === today.slice(0, 4) ? 'short' : 'long');
}
