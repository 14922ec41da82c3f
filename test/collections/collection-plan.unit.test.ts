// Planning a round from its params: local times in Asia/Shanghai, offsets before and after the deadline, the
// "next 09:00" escalation over the working-day calendar, and days a daily round does not run.
import { describe, expect, it } from 'vitest';
import { planRound, roundRunsOn, type CollectionParams } from '#core/domain/collection-plan';
import { readShippedForms } from '#forms/shipped-forms';

const TZ = 'Asia/Shanghai';
const shipped = (key: string) => readShippedForms().find((form) => form.key === key)!.process.params as unknown as CollectionParams;
const at = (iso: string) => Date.parse(iso);

describe('collection round plan', () => {
  it('plans the shipped daily report: 15:00 reminder, 17:00 deadline and overdue notices, 17:30 bulletin, group 09:00 next day', () => {
    // Friday 2026-03-06, opened 00:05 Beijing time.
    const plan = planRound(shipped('daily-report'), at('2026-03-05T16:05:00Z'), TZ, []);
    expect(plan.localDate).toBe('2026-03-06');
    expect(plan.deadlineAt).toBe('2026-03-06T09:00:00.000Z');
    expect(plan.steps.map((s) => [s.kind, s.index, s.at])).toEqual([
      ['remind', 0, '2026-03-06T07:00:00.000Z'],
      ['close', 0, '2026-03-06T09:00:00.000Z'],
      ['escalate', 0, '2026-03-06T09:00:00.000Z'],
      ['escalate', 1, '2026-03-06T09:00:00.000Z'],
      ['bulletin', 0, '2026-03-06T09:30:00.000Z'],
      ['escalate', 2, '2026-03-07T01:00:00.000Z'],
    ]);
  });

  it('moves a "next 09:00" escalation to the next working day when the round skips non-working days', () => {
    const params = { ...shipped('daily-report'), skipNonWorkingDays: true };
    const plan = planRound(params, at('2026-03-05T16:05:00Z'), TZ, []);
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'escalate', at: '2026-03-09T01:00:00.000Z' });
    expect(roundRunsOn(params, '2026-03-07', [])).toBe(false);
    expect(roundRunsOn(params, '2026-02-28', [{ date: '2026-02-28', kind: 'workday' }])).toBe(true);
    expect(roundRunsOn(params, '2026-10-01', [{ date: '2026-10-01', kind: 'holiday' }])).toBe(false);
    expect(roundRunsOn(shipped('daily-report'), '2026-03-07', [])).toBe(true);
  });

  it('plans a campaign from the deadline the admin set, dropping reminders that would fall before it opened', () => {
    const params = shipped('liaison-designation');
    const early = planRound(params, at('2026-02-10T01:00:00Z'), TZ, [], '2026-02-17T10:00:00.000Z');
    expect(early.steps.map((s) => [s.kind, s.at])).toEqual([
      ['remind', '2026-02-15T10:00:00.000Z'],
      ['remind', '2026-02-17T08:00:00.000Z'],
      ['close', '2026-02-17T10:00:00.000Z'],
      ['escalate', '2026-02-17T10:00:00.000Z'],
    ]);
    const late = planRound(params, at('2026-02-17T07:00:00Z'), TZ, [], '2026-02-17T10:00:00.000Z');
    expect(late.steps.map((s) => s.kind)).toEqual(['remind', 'close', 'escalate']);
  });
});
