// The server's clock and time zone as a client needs them: HH:MM fields across the API (deadlines, report times,
// working hours) are wall-clock times in this zone, not in the client's.

/** What GET /api/time answers. */
export interface ServerClock {
  /** The server's present instant, ISO 8601 in UTC. */
  now: string;
  /** The IANA zone HH:MM fields and local dates are read in (FUGONG_TIME_ZONE). */
  timeZone: string;
  /** That zone's offset from UTC at `now`, as `+08:00`. */
  utcOffset: string;
  /** The local date and time at `now` in that zone (`YYYY-MM-DD`, `HH:MM`). */
  localDate: string;
  localTime: string;
}

/** The clock at `now` in `timeZone`. */
export function serverClock(now: Date, timeZone: string): ServerClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  // longOffset reads "GMT+08:00", or plain "GMT" for UTC itself.
  const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00';
  return {
    now: now.toISOString(),
    timeZone,
    utcOffset: offset,
    localDate: `${part('year')}-${part('month')}-${part('day')}`,
    localTime: `${part('hour')}:${part('minute')}`,
  };
}
