// A datetime-local input holds a wall time without a zone, and `new Date(value)` reads it in the device's zone. People
// read and enter times in the server's zone (server-time-zone.ts), so the app converts both ways here: a phone set to
// UTC prefills an end the register prints as "2027年1月4日 24:00" with 2027-01-05T00:00, and 18:00 typed there is
// 18:00 in Shanghai. The zone arithmetic is the server's own (core/domain/zoned-time).
import { localDate, localTime, zoneOffsetMs } from '#core/domain/zoned-time';
import { deviceTimeZone, readingZone, serverTimeZone } from './server-time-zone';

const INPUT_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

/** The `YYYY-MM-DDTHH:mm` a datetime-local input shows for an ISO instant in `timeZone`; '' when it is not a time. */
export function inputValueIn(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  return `${localDate(ms, timeZone)}T${localTime(ms, timeZone)}`;
}

/** The ISO instant a datetime-local value (`YYYY-MM-DDTHH:mm[:ss]`) names in `timeZone`; null when it names no time.
 * A wall time skipped when daylight saving starts moves on by the gap (02:30 → 03:30) and one repeated when it ends
 * is the first of the two, as Temporal's "compatible" disambiguation and the browsers' own Date do. */
export function instantOfInputValueIn(value: string, timeZone: string): string | null {
  const match = INPUT_VALUE.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // Date.UTC rolls 2027-02-30 over to March and reads year 0050 as 1950: such values name no time.
  if (new Date(wall).toISOString().slice(0, 19) !== `${value.slice(0, 16)}:${match[6] ?? '00'}`) return null;
  // The offsets a day either side bracket any change of offset near this wall time.
  const offsets = [zoneOffsetMs(wall - DAY_MS, timeZone), zoneOffsetMs(wall + DAY_MS, timeZone)];
  const fitting = offsets.map((offset) => wall - offset).filter((ms) => ms + zoneOffsetMs(ms, timeZone) === wall);
  return new Date(fitting.length ? Math.min(...fitting) : wall - offsets[0]!).toISOString();
}

/** The datetime-local value of an ISO instant in the server's zone. */
export function zonedInputValue(instant: string): string {
  return inputValueIn(instant, readingZone());
}

/** The ISO instant a datetime-local value names in the server's zone; null when it names no time. */
export function instantOfZonedInput(value: string): string | null {
  return instantOfInputValueIn(value, readingZone());
}

/** The server's zone when it is known and differs from the device's, so an input must say which zone it reads; else null. */
export function zoneToName(): string | null {
  const server = serverTimeZone();
  return server && server !== deviceTimeZone() ? server : null;
}
