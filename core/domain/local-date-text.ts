// A local date (YYYY-MM-DD, the form of the API's dates) as people read it: "2026年1月1日" / "1 Jan 2026". The date
// names a day, not an instant, so it is written as is, whatever the zone of the reader or the server.
import type { Locale } from './locale';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** `date` (YYYY-MM-DD) in the reader's language; the input itself when it is not such a date. */
export function localDateText(date: string, locale: Locale): string {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) return date;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(ms);
}
