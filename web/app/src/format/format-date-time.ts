// Times arrive as ISO strings; people read them in Beijing time, in their language.
import type { Locale } from '../../../../core/domain/locale';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** An ISO time as a short local date and time (Asia/Shanghai); the input itself when it is not a time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
