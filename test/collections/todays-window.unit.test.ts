// When a daily collection's schedule, created at some moment, should open that day's round at once: after the day's
// opening time and before its deadline, local time (Asia/Shanghai), never after the deadline.
import { describe, expect, it } from 'vitest';
import { withinTodaysWindow } from '#core/collection-schedules';

const TZ = 'Asia/Shanghai';
const daily = { formKey: 'daily-report', opensAt: '00:05', deadline: '17:00' };

describe('a daily schedule created during the day', () => {
  it.each([
    ['before the opening time (the schedule opens the round itself)', '2026-12-06T00:04:59+08:00', false],
    ['at the opening time', '2026-12-06T00:05:00+08:00', true],
    ['on a morning', '2026-12-06T10:00:00+08:00', true],
    ['a minute before the deadline', '2026-12-06T16:59:00+08:00', true],
    ['at the deadline', '2026-12-06T17:00:00+08:00', false],
    ['in the evening', '2026-12-06T21:30:00+08:00', false],
    // 01:00 UTC is 09:00 in Beijing: the day is the local one, not UTC's.
    ['at 09:00 Beijing time, still the previous day in UTC', '2026-12-06T01:00:00Z', true],
    ['at 23:00 Beijing time, still the same day in UTC', '2026-12-06T15:00:00Z', false],
  ])('created %s: opens today’s round = %s', (_when, at, opens) => {
    expect(withinTodaysWindow(daily, Date.parse(at), TZ)).toBe(opens);
  });

  it('opens none when the form opens after its own deadline', () => {
    const late = { ...daily, opensAt: '18:00' };
    expect(withinTodaysWindow(late, Date.parse('2026-12-06T17:30:00+08:00'), TZ)).toBe(false);
    expect(withinTodaysWindow(late, Date.parse('2026-12-06T18:30:00+08:00'), TZ)).toBe(false);
  });
});
