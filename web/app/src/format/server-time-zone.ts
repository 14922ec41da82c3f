// The zone people read dates and times in is the server's (FUGONG_TIME_ZONE), not the device's: a phone set to UTC
// must still call 01:41 in Shanghai "today" there. The session answer names the zone once (and the service worker keeps
// that answer for offline use); every formatter of the app takes it from here. Until it is known, the device's zone.
// The arithmetic is the server's own (core/domain/zoned-time).
import { isLocalMidnight, localDate, startOfLocalDay } from '#core/domain/zoned-time';

let zone: string | undefined;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Adopts the server's IANA zone; a missing or unknown name leaves the current one. */
export function adoptServerTimeZone(timeZone: unknown): void {
  if (typeof timeZone !== 'string' || timeZone === zone) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return;
  }
  zone = timeZone;
  formatters.clear();
}

/** The server's zone once the session answer named it, else undefined (the device's zone). */
export function serverTimeZone(): string | undefined {
  return zone;
}

/** A formatter in the server's zone; made once per locale and options. English reads as the server's messages and
 * exports write it ("4 Dec 2026, 16:20", 24-hour), so one page never mixes "Dec 4, 2026, 4:20 PM" with it. */
export function zonedFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { ...options, timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The device's own zone, which a datetime-local input would read its value in if left to itself. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The zone dates are read in: the server's once named, the device's until then. */
export const readingZone = (): string => zone ?? deviceTimeZone();

/** The date at `instant` in the server's zone, as YYYY-MM-DD (the form of the API's local dates). */
export function zonedDate(instant: Date): string {
  return localDate(instant, readingZone());
}

/** The instant (epoch ms) the local day `date` (YYYY-MM-DD) begins in the server's zone. */
export function zonedDayStart(date: string): number {
  return startOfLocalDay(date, readingZone());
}

/** Whether `instant` is exactly midnight in the server's zone (a deadline there ends the day before). */
export function isZonedMidnight(instant: Date): boolean {
  return isLocalMidnight(instant, readingZone());
}
