import { describe, expect, it } from 'vitest';
import { parseSla, SLA_PATTERN } from '#core/domain/duration';
import { localDate, nthWorkingDayAfter, slaDueAt, type CalendarDay } from '#core/domain/working-calendar';

// National Day 2026: 1–7 October rest; Sunday 20 September and Saturday 10 October are make-up working days.
const NATIONAL_DAY: CalendarDay[] = [
  ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({ date: `2026-10-0${d}`, kind: 'holiday' as const })),
  { date: '2026-09-20', kind: 'workday' },
  { date: '2026-10-10', kind: 'workday' },
];
const TZ = 'Asia/Shanghai';

describe('working-day calendar', () => {
  it.each([
    ['4 hours', { kind: 'duration', ms: 4 * 3_600_000 }],
    ['30 minutes', { kind: 'duration', ms: 1_800_000 }],
    ['1d', { kind: 'duration', ms: 86_400_000 }],
    ['end-of-day', { kind: 'end-of-day' }],
    ['End of day', { kind: 'end-of-day' }],
    ['1 working day', { kind: 'working-days', days: 1 }],
    ['2 working days', { kind: 'working-days', days: 2 }],
    ['0 working days', undefined],
    ['soon', undefined],
    ['5 fortnights', undefined],
  ])('reads the SLA "%s"', (text, expected) => {
    expect(parseSla(text)).toEqual(expected);
    expect(new RegExp(SLA_PATTERN).test(text)).toBe(expected !== undefined);
  });

  it('takes the local date in Beijing time, not UTC', () => {
    expect(localDate('2026-09-29T16:30:00Z', TZ)).toBe('2026-09-30');
    expect(localDate('2026-09-29T15:59:59Z', TZ)).toBe('2026-09-29');
  });

  it.each([
    ['a Monday', '2026-09-14', 1, '2026-09-15'],
    ['a Friday, over the weekend', '2026-09-11', 1, '2026-09-14'],
    ['a Saturday before a make-up Sunday', '2026-09-19', 1, '2026-09-20'],
    ['the eve of National Day', '2026-09-30', 1, '2026-10-08'],
    ['the eve of National Day, two days', '2026-09-30', 2, '2026-10-09'],
    ['the Friday after the holiday, into a make-up Saturday', '2026-10-09', 1, '2026-10-10'],
  ])('counts working days after %s', (_label, from, n, expected) => {
    expect(nthWorkingDayAfter(from, n, NATIONAL_DAY)).toBe(expected);
  });

  it('ends "end-of-day" at local 24:00 of the day it started', () => {
    expect(slaDueAt('2026-09-14T02:00:00Z', { kind: 'end-of-day' }, [], TZ)).toBe('2026-09-14T16:00:00.000Z');
    // 23:30 Beijing time on the 14th is still the 14th.
    expect(slaDueAt('2026-09-14T15:30:00Z', { kind: 'end-of-day' }, [], TZ)).toBe('2026-09-14T16:00:00.000Z');
  });

  it('makes a report escalated on the eve of a holiday due at the end of the next working day', () => {
    expect(slaDueAt('2026-09-30T06:00:00Z', { kind: 'working-days', days: 1 }, NATIONAL_DAY, TZ)).toBe('2026-10-08T16:00:00.000Z');
  });

  it('adds a plain duration regardless of the calendar', () => {
    expect(slaDueAt('2026-09-30T06:00:00Z', { kind: 'duration', ms: 3_600_000 }, NATIONAL_DAY, TZ)).toBe('2026-09-30T07:00:00.000Z');
  });
});
