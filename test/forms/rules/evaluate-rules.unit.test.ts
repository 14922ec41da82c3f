// The decision table on form data (issue 18): conditions on fields, the enterprise's flags and the time of submission;
// every matching row applies, the earliest wins for rung, group and each SLA, the highest priority wins.
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '#forms/rules/evaluate-rules';
import type { Rule, RuleFacts } from '#forms/rules/rule-types';

const label = (zh: string) => ({ 'zh-CN': zh, en: zh });
const facts = (over: Partial<RuleFacts> = {}): RuleFacts => ({
  data: {},
  enterprise: { focus: false, type: 'construction' },
  localTime: '10:00',
  ...over,
});

const URGENT: Rule = {
  label: label('紧急'),
  when: [{ field: 'urgent', op: 'equals', value: true }],
  then: { priority: 3, sla: { cadre: '2 hours' } },
};
const FOCUS: Rule = {
  label: label('重点企业'),
  when: [{ enterprise: 'focus', op: 'equals', value: true }],
  then: { priority: 1, sla: { cadre: '4 hours' } },
};
const LATE: Rule = { label: label('下班后'), when: [{ time: 'local', op: '>=', value: '17:00' }], then: { startAt: 'group' } };
const BIG: Rule = { label: label('大额'), when: [{ field: 'amount', op: '>=', value: 100 }], then: { workingGroupKey: 'coordination' } };
const MATERIALS: Rule = {
  label: label('物资类'),
  when: [{ field: 'category', op: 'in', value: ['materials', 'transportation'] }],
  then: { workingGroupKey: 'materials', notify: { role: 'hq', template: 'case-overdue-alert' } },
};

describe('evaluateRules', () => {
  it.each([
    ['a yes/no field answered yes', [URGENT], facts({ data: { urgent: true } }), [1]],
    ['a yes/no field answered no', [URGENT], facts({ data: { urgent: false } }), []],
    ['a missing field', [URGENT], facts(), []],
    ['a focus enterprise', [FOCUS], facts({ enterprise: { focus: true, type: 'construction' } }), [1]],
    ['no enterprise at all', [FOCUS], facts({ enterprise: null }), []],
    ['17:00 exactly', [LATE], facts({ localTime: '17:00' }), [1]],
    ['16:59', [LATE], facts({ localTime: '16:59' }), []],
    ['a number at the bound', [BIG], facts({ data: { amount: 100 } }), [1]],
    ['a number typed as text', [BIG], facts({ data: { amount: '150' } }), [1]],
    ['a number below the bound', [BIG], facts({ data: { amount: 99.5 } }), []],
    ['an empty number', [BIG], facts({ data: { amount: '' } }), []],
    ['a choice in the list', [MATERIALS], facts({ data: { category: 'transportation' } }), [1]],
    ['a choice outside the list', [MATERIALS], facts({ data: { category: 'funds' } }), []],
    ['one of several chosen values in the list', [MATERIALS], facts({ data: { category: ['funds', 'materials'] } }), [1]],
  ])('matches on %s as expected', (_name, rules, input, rows) => {
    expect(evaluateRules(rules, input).matched.map((m) => m.row)).toEqual(rows);
  });

  it('needs every condition of a row to hold', () => {
    const both: Rule = { label: label('紧急重点'), when: [...URGENT.when, ...FOCUS.when], then: { priority: 2 } };
    expect(evaluateRules([both], facts({ data: { urgent: true } })).matched).toEqual([]);
    expect(evaluateRules([both], facts({ data: { urgent: true }, enterprise: { focus: true, type: 'x' } })).priority).toBe(2);
  });

  it('applies every matching row: the earliest wins for SLAs, rung and group, the highest priority wins', () => {
    const decision = evaluateRules([FOCUS, URGENT, LATE, BIG, MATERIALS], {
      data: { urgent: true, amount: 500, category: 'materials' },
      enterprise: { focus: true, type: 'construction' },
      localTime: '18:30',
    });
    expect(decision.matched.map((m) => m.row)).toEqual([1, 2, 3, 4, 5]);
    expect(decision).toMatchObject({ priority: 3, sla: { cadre: '4 hours' }, startAt: 'group', workingGroupKey: 'coordination' });
    expect(decision.notify).toEqual([{ role: 'hq', template: 'case-overdue-alert' }]);
  });

  it('decides nothing without rules or without a match', () => {
    expect(evaluateRules(undefined, facts())).toEqual({ matched: [], sla: {}, notify: [] });
    expect(evaluateRules([URGENT, LATE], facts())).toEqual({ matched: [], sla: {}, notify: [] });
  });

  it('compares not-equals and enterprise types', () => {
    const notSupervision: Rule = {
      label: label('非监理'),
      when: [{ enterprise: 'type', op: 'not-equals', value: 'supervision' }],
      then: { priority: 1 },
    };
    expect(evaluateRules([notSupervision], facts()).priority).toBe(1);
    expect(evaluateRules([notSupervision], facts({ enterprise: { focus: false, type: 'supervision' } })).matched).toEqual([]);
  });
});
