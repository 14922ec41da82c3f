// Wall-clock time in a named zone, the one place it is worked out: the server reads HH:MM fields, local dates and day
// boundaries in FUGONG_TIME_ZONE, and the app in the zone the session answer names (its device zone until then). Pure
// Intl arithmetic with no Node API, so the server, the workflows' domain rules and the browser share it.

// Building an Intl.DateTimeFormat costs far more than using one (every submission dates its case number): one per zone.
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

const msOf = (instant: string | number | Date): number =>
  typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();

/** Offset of `timeZone` from UTC at `instantMs`, in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = zoneFormat(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The wall clock at an instant in `timeZone`, read as if it were UTC (so its ISO form spells the local date and time). */
const wallClock = (instant: string | number | Date, timeZone: string): string => {
  const ms = msOf(instant);
  return new Date(ms + zoneOffsetMs(ms, timeZone)).toISOString();
};

/** The local date (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function localDate(instant: string | number | Date, timeZone: string): string {
  return wallClock(instant, timeZone).slice(0, 10);
}

/** Whether an instant is exactly local midnight in `timeZone`: a deadline there ends the day before ("24:00"). */
export function isLocalMidnight(instant: string | number | Date, timeZone: string): boolean {
  return wallClock(instant, timeZone).slice(11, 23) === '00:00:00.000';
}

/** The local time (`HH:MM`) of an instant in `timeZone`. */
export function localTime(instant: string | number | Date, timeZone: string): string {
  return wallClock(instant, timeZone).slice(11, 16);
}

/** The instant local midnight begins `date` (`YYYY-MM-DD`) in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const first = guess - zoneOffsetMs(guess, timeZone);
  // Near a change of offset (daylight saving) the offset at the result may differ from the one at the guess.
  return guess - zoneOffsetMs(first, timeZone);
}

/** The zone's offset from UTC at an instant, as `+08:00` (`+00:00` for UTC itself). */
export function utcOffset(instant: string | number | Date, timeZone: string): string {
  const minutes = Math.round(zoneOffsetMs(msOf(instant), timeZone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** True when `date` (YYYY-MM-DD) is a day on the calendar: not 2027-02-30, not 2027-13-01. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}
