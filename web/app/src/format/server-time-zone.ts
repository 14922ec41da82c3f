// The zone people read dates and times in is the server's (FUGONG_TIME_ZONE), not the device's: a phone set to UTC
// must still call 01:41 in Shanghai "today" there. The session answer names the zone once (and the service worker keeps
// that answer for offline use); every formatter of the app takes it from here. Until it is known, the device's zone.

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

/** A formatter in the server's zone; made once per locale and options. */
export function zonedFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The date at `instant` in the server's zone, as YYYY-MM-DD (the form of the API's local dates). */
export function zonedDate(instant: Date): string {
  return zonedFormatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The instant (epoch ms) the local day `date` (YYYY-MM-DD) begins in the server's zone. */
export function zonedDayStart(date: string): number {
  const asUtc = Date.parse(`${date}T00:00:00Z`);
  // The zone's offset at an instant: its wall clock read as if it were UTC, minus the instant.
  const offsetAt = (instant: number): number => {
    const parts = zonedFormatter('en-CA', {
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(instant));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    const wall = Date.parse(`${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}Z`);
    return wall - instant;
  };
  const guess = asUtc - offsetAt(asUtc);
  // Asked again at the guess, so a change of offset (daylight saving) between the two instants is taken into account.
  return asUtc - offsetAt(guess);
}
