// A datetime-local input holds a wall time; the app reads and writes it in the server's zone, never the device's. The
// answers are the same whatever the machine's zone: run it with TZ=UTC, TZ=America/Los_Angeles or TZ=Asia/Shanghai.
import { afterEach, describe, expect, it } from 'vitest';
import { adoptServerTimeZone } from '#web/app/src/format/server-time-zone';
import { inputValueIn, instantOfInputValueIn, instantOfZonedInput, zonedInputValue } from '#web/app/src/format/zoned-input-value';

describe('datetime-local values in the server zone', () => {
  afterEach(() => adoptServerTimeZone('UTC'));

  it.each([
    // The register's "至 2027年1月4日 24:00" is Shanghai's midnight starting 5 January: the input shows that midnight.
    ['Asia/Shanghai', '2027-01-04T16:00:00.000Z', '2027-01-05T00:00'],
    ['Asia/Shanghai', '2027-01-10T10:00:00.000Z', '2027-01-10T18:00'],
    ['UTC', '2027-01-10T18:00:00.000Z', '2027-01-10T18:00'],
    // New York enters daylight saving at 02:00 on 8 March 2026 and leaves it at 02:00 on 1 November 2026.
    ['America/New_York', '2026-03-08T06:59:00.000Z', '2026-03-08T01:59'],
    ['America/New_York', '2026-03-08T07:00:00.000Z', '2026-03-08T03:00'],
    ['America/New_York', '2026-11-01T05:30:00.000Z', '2026-11-01T01:30'],
    ['America/New_York', '2026-11-01T06:30:00.000Z', '2026-11-01T01:30'],
    ['America/New_York', '2026-11-01T07:30:00.000Z', '2026-11-01T02:30'],
  ])('in %s, %s shows as %s', (zone, instant, value) => {
    expect(inputValueIn(instant, zone)).toBe(value);
  });

  it.each([
    ['Asia/Shanghai', '2027-01-10T18:00', '2027-01-10T10:00:00.000Z'],
    ['Asia/Shanghai', '2027-01-05T00:00', '2027-01-04T16:00:00.000Z'],
    ['Asia/Shanghai', '2027-01-10T18:00:30', '2027-01-10T10:00:30.000Z'],
    ['UTC', '2027-01-10T18:00', '2027-01-10T18:00:00.000Z'],
    ['America/New_York', '2026-01-15T09:00', '2026-01-15T14:00:00.000Z'],
    ['America/New_York', '2026-07-15T09:00', '2026-07-15T13:00:00.000Z'],
    ['America/New_York', '2026-03-08T01:59', '2026-03-08T06:59:00.000Z'],
    // 02:30 does not exist that night: the clock jumps from 02:00 to 03:00, so it means 03:30 daylight time.
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-03-08T03:00', '2026-03-08T07:00:00.000Z'],
    // 01:30 happens twice on 1 November: the first one, still daylight time.
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'],
    ['America/New_York', '2026-11-01T02:30', '2026-11-01T07:30:00.000Z'],
    ['America/New_York', '2026-11-01T00:00', '2026-11-01T04:00:00.000Z'],
    ['America/New_York', '2026-11-02T00:00', '2026-11-02T05:00:00.000Z'],
  ])('in %s, %s is the instant %s', (zone, value, instant) => {
    expect(instantOfInputValueIn(value, zone)).toBe(instant);
  });

  it('gives back every instant of a day of change shown in the input, to the minute', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Shanghai']) {
      for (let ms = Date.parse('2026-03-07T00:00:00Z'); ms < Date.parse('2026-03-10T00:00:00Z'); ms += 15 * 60_000) {
        const value = inputValueIn(new Date(ms).toISOString(), zone);
        const back = instantOfInputValueIn(value, zone)!;
        expect(inputValueIn(back, zone), `${zone} ${value}`).toBe(value);
      }
    }
  });

  it.each(['', '2027-01-10', '2027-02-30T10:00', '2027-01-10T24:00', '0050-01-01T00:00', '2027-1-10T10:00', 'tomorrow'])(
    'names no time for %j',
    (value) => {
      expect(instantOfInputValueIn(value, 'Asia/Shanghai')).toBeNull();
    },
  );

  it('leaves the input empty for what is not a time', () => {
    expect(inputValueIn('not a time', 'Asia/Shanghai')).toBe('');
  });

  it('reads and writes in the zone the session named, whatever the device zone', () => {
    adoptServerTimeZone('Asia/Shanghai');
    expect(zonedInputValue('2027-01-04T16:00:00.000Z')).toBe('2027-01-05T00:00');
    // The tester typed 18:00 on a phone set to UTC: 18:00 in Shanghai, not 18:00Z ("2027年1月11日 02:00").
    expect(instantOfZonedInput('2027-01-10T18:00')).toBe('2027-01-10T10:00:00.000Z');
    adoptServerTimeZone('America/New_York');
    expect(zonedInputValue('2026-11-01T06:30:00.000Z')).toBe('2026-11-01T01:30');
    expect(instantOfZonedInput('2026-03-08T02:30')).toBe('2026-03-08T07:30:00.000Z');
  });
});
