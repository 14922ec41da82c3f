// One grammar for durations, offsets and SLAs: each pattern a definition is checked with accepts exactly what its
// parser reads, so a value that publishes is one the runtime can use (issue 20: "20 secs" published, then hung).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import {
  DURATION_PATTERN,
  OFFSET_PATTERN,
  parseDuration,
  parseOffset,
  parseSla,
  SLA_PATTERN,
  durationMs,
  DurationFault,
} from '#core/domain/duration';
import { createCalendarActivities } from '#activities/calendar-activities';

const GRAMMARS = [
  ['duration', DURATION_PATTERN, parseDuration],
  ['offset', OFFSET_PATTERN, parseOffset],
  ['SLA', SLA_PATTERN, parseSla],
] as const;

describe('duration grammar', () => {
  it.each([
    ['20 secs', 20_000],
    ['20 sec', 20_000],
    ['4 seconds', 4_000],
    ['1 s', 1_000],
    ['250 ms', 250],
    ['30 minutes', 1_800_000],
    ['30 mins', 1_800_000],
    ['5m', 300_000],
    ['2 hours', 7_200_000],
    ['2 hrs', 7_200_000],
    ['1.5 h', 5_400_000],
    ['1 day', 86_400_000],
    ['3d', 259_200_000],
    [' 1 day ', 86_400_000],
    // As the editor's hints and the rule lines write them in Chinese.
    ['4 小时', 14_400_000],
    ['4小时', 14_400_000],
    ['30 分钟', 1_800_000],
    ['1 天', 86_400_000],
    ['2 个小时', 7_200_000],
  ])('reads "%s" as %i ms, and every pattern that takes durations accepts it', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
    expect(parseOffset(text)).toBe(ms);
    expect(parseSla(text)).toEqual({ kind: 'duration', ms });
    for (const pattern of [DURATION_PATTERN, OFFSET_PATTERN, SLA_PATTERN]) expect(new RegExp(pattern).test(text)).toBe(true);
  });

  it.each([
    ['end-of-day', { kind: 'end-of-day' }],
    ['End of day', { kind: 'end-of-day' }],
    ['1 working day', { kind: 'working-days', days: 1 }],
    ['2 working days', { kind: 'working-days', days: 2 }],
    ['99 working days', { kind: 'working-days', days: 99 }],
    ['当天办结', { kind: 'end-of-day' }],
    ['当天', { kind: 'end-of-day' }],
    ['2 个工作日', { kind: 'working-days', days: 2 }],
    ['3工作日', { kind: 'working-days', days: 3 }],
  ])('reads the SLA "%s", which no plain duration is', (text, sla) => {
    expect(parseSla(text)).toEqual(sla);
    expect(new RegExp(SLA_PATTERN).test(text)).toBe(true);
    expect(parseDuration(text)).toBeUndefined();
  });

  it('takes zero only as an offset ("0 minutes": at the deadline), never as a duration or an SLA', () => {
    for (const zero of ['0 minutes', '0.0 h', '00 s']) {
      expect(parseOffset(zero)).toBe(0);
      expect(parseDuration(zero)).toBeUndefined();
      expect(parseSla(zero)).toBeUndefined();
    }
    expect(parseSla('0 working days')).toBeUndefined();
    expect(new RegExp(SLA_PATTERN).test('0 working days')).toBe(false);
  });

  it.each(['soon', '5 fortnights', '4 Hours', '1 week', '-1 day', '.5 days', '100 working days', '4 hours later', ''])(
    'refuses "%s" in every grammar',
    (text) => {
      for (const [, pattern, parse] of GRAMMARS) {
        expect(parse(text)).toBeUndefined();
        expect(new RegExp(pattern).test(text)).toBe(false);
      }
    },
  );

  it('accepts with each pattern exactly what its parser reads, on strings made of the grammar’s own pieces', () => {
    const piece = fc.constantFrom(
      '0',
      '1',
      '2',
      '9',
      '.',
      ' ',
      's',
      'secs',
      'ms',
      'min',
      'h',
      'hrs',
      'day',
      'days',
      'working',
      'End',
      'end',
      '-',
      'of',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        for (const [, pattern, parse] of GRAMMARS) expect(new RegExp(pattern).test(text)).toBe(parse(text) !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the field and the value of a duration it refuses', () => {
    expect(() => durationMs('20 fortnights', 'overdue.every')).toThrow(DurationFault);
    expect(() => durationMs('20 fortnights', 'overdue.every')).toThrow('overdue.every "20 fortnights" is not a duration');
  });

  it('fails the SLA activity for good on an SLA outside the grammar, instead of retrying it forever', async () => {
    // The SLA is read before the calendar: no database is touched on the way to the fault.
    const { slaDeadline } = createCalendarActivities({ db: {} as Knex, timeZone: 'Asia/Shanghai' });
    const failure = await slaDeadline({ start: '2026-12-04T01:00:00Z', sla: '20 fortnights' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'ConfigurationFault', nonRetryable: true });
    expect((failure as Error).message).toContain('SLA "20 fortnights"');
  });
});
