import { describe, expect, it } from 'vitest';
import { clockText, coarseAmount, countdownParts } from '#web/app/src/pages/inbox/countdown-parts';

const DUE = '2026-11-24T09:00:00.000Z';
const at = (offsetMs: number) => Date.parse(DUE) - offsetMs;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('SLA countdown', () => {
  it.each([
    [
      'two days, three hours, four minutes and five seconds left',
      2 * DAY + 3 * HOUR + 4 * MINUTE + 5 * SECOND,
      { overdue: false, days: 2, hours: 3, minutes: 4, seconds: 5 },
      '03:04:05',
    ],
    ['a fraction of a second left, rounded up', 200, { overdue: false, days: 0, hours: 0, minutes: 0, seconds: 1 }, '00:00:01'],
    ['exactly at the deadline', 0, { overdue: false, days: 0, hours: 0, minutes: 0, seconds: 0 }, '00:00:00'],
    ['1.5 seconds overdue, rounded down', -1500, { overdue: true, days: 0, hours: 0, minutes: 0, seconds: 1 }, '00:00:01'],
    ['a day and an hour overdue', -(DAY + HOUR), { overdue: true, days: 1, hours: 1, minutes: 0, seconds: 0 }, '01:00:00'],
  ])('splits %s', (_name, offset, expected, clock) => {
    const parts = countdownParts(DUE, at(offset));
    expect(parts).toMatchObject(expected);
    expect(parts.remainingMs).toBe(offset);
    expect(clockText(parts)).toBe(clock);
  });

  it.each([
    [3 * DAY + 5 * HOUR, { unit: 'days', count: 3 }],
    [5 * HOUR + 59 * MINUTE, { unit: 'hours', count: 5 }],
    [59 * MINUTE + 59 * SECOND, { unit: 'minutes', count: 55 }],
    [9 * MINUTE, { unit: 'minutes', count: 5 }],
    [4 * MINUTE + 59 * SECOND, { unit: 'moments', count: 5 }],
    [-(2 * HOUR + 10 * MINUTE), { unit: 'hours', count: 2 }],
    [-(12 * MINUTE), { unit: 'minutes', count: 10 }],
  ])('speaks %i ms coarsely as %o', (offset, expected) => {
    expect(coarseAmount(countdownParts(DUE, at(offset)))).toEqual(expected);
  });

  it('keeps the spoken amount unchanged within a five-minute step, so the live region stays quiet', () => {
    const spoken = new Set<string>();
    for (let s = 20 * 60 - 1; s >= 15 * 60; s -= 1) spoken.add(JSON.stringify(coarseAmount(countdownParts(DUE, at(s * SECOND)))));
    expect(spoken.size).toBe(1);
  });
});
