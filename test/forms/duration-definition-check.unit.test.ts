// The definition check takes every duration, offset and SLA form the runtime reads, and refuses the others with the
// path of the field, before anything publishes (a rung's "20 secs" used to publish and then hang its case).
import { describe, expect, it } from 'vitest';
import { parseOffset, parseSla } from '#core/domain/duration';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';

const shipped = (key: string) => structuredClone(readShippedForms().find((form) => form.key === key)!) as unknown as Record<string, any>;

function withRungSla(sla: string) {
  const form = shipped('difficulty-report');
  form.process.params.stages[0].sla = sla;
  return form;
}

describe('durations in a definition', () => {
  it.each([
    '20 secs',
    '4 seconds',
    '250 ms',
    '30 minutes',
    '30 mins',
    '2 hours',
    '2 hrs',
    '1.5 h',
    '1 day',
    '3d',
    'end-of-day',
    'End of day',
    '1 working day',
    '2 working days',
    '4 小时',
    '当天办结',
    '2 个工作日',
  ])('accepts a rung SLA of "%s", which the SLA activity reads', (sla) => {
    expect(checkDefinition(withRungSla(sla))).toEqual([]);
    expect(parseSla(sla)).toBeDefined();
  });

  it.each(['20 fortnights', '0 minutes', '0 working days', '4 Hours', 'tomorrow', '当天下班前'])(
    'refuses a rung SLA of "%s" with the path of the rung’s field, as the runtime would',
    (sla) => {
      expect(parseSla(sla)).toBeUndefined();
      expect(checkDefinition(withRungSla(sla)).map((problem) => problem.path)).toContain('/process/params/stages/0/sla');
    },
  );

  it.each(['0 minutes', '30 minutes', '2 hours', '2 days', '15 secs'])('accepts a collection reminder of "%s"', (reminder) => {
    const form = shipped('liaison-designation');
    form.process.params.reminders = [reminder];
    expect(checkDefinition(form)).toEqual([]);
    expect(parseOffset(reminder)).toBeDefined();
  });

  it.each([
    ['monitoring', 'gate-check', (p: any) => (p.missedAfter = '2 fortnights'), '/process/params/missedAfter'],
    ['monitoring', 'gate-check', (p: any) => (p.referralSla = '4 Hours'), '/process/params/referralSla'],
    ['ladder', 'difficulty-report', (p: any) => (p.confirmWithin = '0 days'), '/process/params/confirmWithin'],
    ['ladder', 'difficulty-report', (p: any) => (p.overdue = { every: 'daily' }), '/process/params/overdue/every'],
    ['collection', 'daily-report', (p: any) => (p.escalation[0].after = '-1 hours'), '/process/params/escalation/0/after'],
  ])('refuses a %s duration outside the grammar (%s)', (_type, key, change, path) => {
    const form = shipped(key);
    change(form.process.params);
    expect(checkDefinition(form).map((problem) => problem.path)).toContain(path);
  });
});
