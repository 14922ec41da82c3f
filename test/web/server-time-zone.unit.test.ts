// The app reads dates and times in the server's zone (web/app/src/format/server-time-zone.ts), not the device's: at
// 2026-12-03T17:41Z it is already 4 December in Shanghai but still 3 December in UTC (where the test browser runs).
import { afterEach, describe, expect, it } from 'vitest';
import { formatClockOrDate } from '#web/app/src/format/format-clock';
import { formatDateTime } from '#web/app/src/format/format-date-time';
import { reportingToday } from '#web/app/src/format/reporting-today';
import { adoptServerTimeZone, serverTimeZone, zonedDate, zonedDayStart } from '#web/app/src/format/server-time-zone';
import { currentYear } from '#web/app/src/pages/calendar/calendar-dates';

const EARLY_IN_SHANGHAI = '2026-12-03T17:41:00.000Z';
const NEW_YEAR_IN_SHANGHAI = '2026-12-31T16:30:00.000Z';

describe('the server time zone', () => {
  afterEach(() => adoptServerTimeZone('UTC'));

  it.each([
    ['Asia/Shanghai', '2026-12-04', 2027],
    ['UTC', '2026-12-03', 2026],
    ['America/New_York', '2026-12-03', 2026],
  ])('in %s, today is %s and the year turns to %s', (zone, today, year) => {
    adoptServerTimeZone(zone);
    expect(serverTimeZone()).toBe(zone);
    expect(zonedDate(new Date(EARLY_IN_SHANGHAI))).toBe(today);
    expect(reportingToday(new Date(EARLY_IN_SHANGHAI))).toBe(today);
    expect(currentYear(new Date(NEW_YEAR_IN_SHANGHAI))).toBe(year);
  });

  it('writes times in the adopted zone, and a time of today by its clock alone', () => {
    adoptServerTimeZone('Asia/Shanghai');
    expect(formatDateTime(EARLY_IN_SHANGHAI, 'zh-CN')).toBe('2026年12月4日 01:41');
    expect(formatClockOrDate(EARLY_IN_SHANGHAI, '2026-12-04', 'zh-CN')).toBe('01:41');
    expect(formatClockOrDate(EARLY_IN_SHANGHAI, '2026-12-03', 'zh-CN')).toBe('2026年12月4日 01:41');
    adoptServerTimeZone('UTC');
    expect(formatDateTime(EARLY_IN_SHANGHAI, 'en')).toBe('3 Dec 2026, 17:41');
    expect(formatClockOrDate(EARLY_IN_SHANGHAI, '2026-12-03', 'en')).toBe('17:41');
  });

  it.each([
    ['Asia/Shanghai', '2026-12-04', '2026-12-03T16:00:00.000Z'],
    ['UTC', '2026-12-04', '2026-12-04T00:00:00.000Z'],
    // New York leaves daylight saving on 1 November 2026: that day begins at UTC−4, the next at UTC−5.
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z'],
    ['America/New_York', '2026-11-02', '2026-11-02T05:00:00.000Z'],
  ])('in %s, the day %s begins at %s', (zone, date, start) => {
    adoptServerTimeZone(zone);
    expect(new Date(zonedDayStart(date)).toISOString()).toBe(start);
  });

  it('keeps the zone it has when the answer names none or an unknown one', () => {
    adoptServerTimeZone('Asia/Shanghai');
    adoptServerTimeZone(undefined);
    adoptServerTimeZone('Mars/Olympus_Mons');
    expect(serverTimeZone()).toBe('Asia/Shanghai');
    expect(reportingToday(new Date(EARLY_IN_SHANGHAI))).toBe('2026-12-04');
  });
});
