// Times arrive as ISO strings; people read them in the server's zone (format/server-time-zone.ts), in their language.
import type { Locale } from '#core/domain/locale';
import { zonedFormatter } from './server-time-zone';

/** An ISO time as a short local date and time in the server's zone; the input itself when it is not a time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return zonedFormatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
