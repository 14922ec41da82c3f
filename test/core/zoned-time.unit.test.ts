// The one zone module: local dates, times, day starts and offsets as the server and the app both read them.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, localDate, localTime, startOfLocalDay, utcOffset } from '#core/domain/zoned-time';

describe('zoned time', () => {
  it('reads 17:41 UTC on 3 December as 01:41 on 4 December in Shanghai', () => {
    expect(localDate('2026-12-03T17:41:00Z', 'Asia/Shanghai')).toBe('2026-12-04');
    expect(localTime('2026-12-03T17:41:00Z', 'Asia/Shanghai')).toBe('01:41');
    expect(localDate(Date.parse('2026-12-03T17:41:00Z'), 'UTC')).toBe('2026-12-03');
    expect(localTime(new Date('2026-12-03T17:41:59Z'), 'UTC')).toBe('17:41');
  });

  it('starts a local day at its own midnight, across a change to summer time', () => {
    expect(new Date(startOfLocalDay('2026-12-04', 'Asia/Shanghai')).toISOString()).toBe('2026-12-03T16:00:00.000Z');
    // Berlin moves to summer time at 02:00 on 29 March 2026: that day starts at +01:00, the next at +02:00.
    expect(new Date(startOfLocalDay('2026-03-29', 'Europe/Berlin')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-30', 'Europe/Berlin')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('writes the offset with its sign and minutes', () => {
    expect(utcOffset('2026-12-04T00:00:00Z', 'Asia/Shanghai')).toBe('+08:00');
    expect(utcOffset('2026-12-04T00:00:00Z', 'UTC')).toBe('+00:00');
    expect(utcOffset('2026-12-04T00:00:00Z', 'Asia/Kolkata')).toBe('+05:30');
    expect(utcOffset('2026-12-04T00:00:00Z', 'America/St_Johns')).toBe('-03:30');
    expect(utcOffset('2026-07-04T00:00:00Z', 'America/St_Johns')).toBe('-02:30');
  });
});

describe('calendar dates', () => {
  it.each([
    ['2027-02-28', true],
    ['2028-02-29', true],
    ['2027-12-31', true],
    ['2027-02-29', false],
    ['2027-02-31', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['2027-1-10', false],
    ['0050-01-01', false],
  ])('%s is on the calendar: %s', (date, known) => {
    expect(isCalendarDate(date)).toBe(known);
  });
});
