// How an end or a deadline reads, in one place for every page, sentence and message that states one: a date and time
// in the server's zone, except an end at local midnight, which closes the day before ("not overnight") and reads
// "2026年12月8日 24:00" / "8 Dec 2026, end of day", never as the next day's 00:00 nor as the next day's date. The
// register, the case page's result sentence and the emails (core/mail/datetime-helper.ts) all write it this way.
import type { Locale } from './locale';
import { isLocalMidnight } from './zoned-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string | undefined, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${withTime}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
    made = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { ...options, timeZone });
    formatters.set(key, made);
  }
  return made;
}

/** `iso` as a deadline in `timeZone` (undefined: the device's own) in the reader's language; the input itself when it is
 * not a time. To the minute, as it is shown: a deadline restarted after a pause lands seconds past midnight. */
export function deadlineText(iso: string, locale: Locale, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const minute = date.getTime() - (date.getTime() % 60_000);
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isLocalMidnight(minute, zone)) return formatter(locale, timeZone, true).format(date);
  const dayBefore = formatter(locale, timeZone, false).format(new Date(minute - 1));
  return locale === 'en' ? `${dayBefore}, end of day` : `${dayBefore} 24:00`;
}
