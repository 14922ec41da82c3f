// The server's clock and time zone as a client needs them: HH:MM fields across the API (deadlines, report times,
// working hours) are wall-clock times in this zone, not in the client's.
import { localDate, localTime, utcOffset } from '#core/domain/zoned-time';

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
  return {
    now: now.toISOString(),
    timeZone,
    utcOffset: utcOffset(now, timeZone),
    localDate: localDate(now, timeZone),
    localTime: localTime(now, timeZone),
  };
}
