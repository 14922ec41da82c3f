// A matched rule row written on the timeline in both languages, with the rung's own title and the SLA in words.
import { describe, expect, it } from 'vitest';
import { conditionsWords, conditionWords, ruleLine, slaWords } from '#forms/rules/describe-rule';
import { ruleFields } from '#forms/rules/rule-fields';
import type { RuleCondition } from '#forms/rules/rule-types';
import { suppliesForm } from '../../fixtures/supplies-choice-form';

const STAGES = { cadre: { 'zh-CN': '包挂干部办理', en: 'Assigned cadre' } };

describe('rule lines', () => {
  it('says the row number, its label and what it does', () => {
    const line = ruleLine({ row: 3, label: { 'zh-CN': '紧急', en: 'Urgent' }, then: { priority: 3, sla: { cadre: '2 hours' } } }, STAGES);
    expect(line).toEqual({
      'zh-CN': '规则 3：紧急 → 定为特急，包挂干部办理时限 2 小时',
      en: 'Rule 3: Urgent → marked critical, Assigned cadre deadline 2 hours',
    });
  });

  it('names the working group and the starting rung in words', () => {
    const line = ruleLine(
      { row: 1, label: { 'zh-CN': '物资', en: 'Materials' }, then: { workingGroupKey: 'materials', startAt: 'cadre' } },
      STAGES,
    );
    expect(line['zh-CN']).toBe('规则 1：物资 → 从「包挂干部办理」开始，由原材料供应组办理');
    expect(line.en).toBe('Rule 1: Materials → starts at "Assigned cadre", handled by Raw material supply');
  });

  it.each([
    ['end-of-day', '当天办结', 'by the end of the day'],
    ['1 working day', '1 个工作日', '1 working day'],
    ['30 min', '30 分钟', '30 minutes'],
    ['2 days', '2 天', '2 days'],
    ['1 hour', '1 小时', '1 hour'],
  ])('writes the SLA %s in words', (sla, zh, en) => {
    expect(slaWords(sla, 'zh-CN')).toBe(zh);
    expect(slaWords(sla, 'en')).toBe(en);
  });
});

describe('rule conditions in words', () => {
  const { schema, i18n } = suppliesForm();
  const fields = ruleFields(schema, i18n);

  it('names a choice by its title, never by the value a submission stores', () => {
    const condition = { field: 'field1', op: 'equals', value: 'option3' } as const;
    expect(conditionWords(condition, fields, 'zh-CN')).toBe('主要物资类别 等于 体温计');
    expect(conditionWords(condition, fields, 'en')).toBe('Main supplies equals Thermometers');
  });

  it('words lists, yes/no, the enterprise’s type and the time, joined by "and"', () => {
    const when: RuleCondition[] = [
      { field: 'field1', op: 'in', value: ['option1', 'option2'] },
      { field: 'field3', op: 'equals', value: true },
      { enterprise: 'type', op: 'equals', value: 'supervision' },
      { time: 'local', op: '>=', value: '17:00' },
    ];
    expect(conditionsWords(when, fields, 'zh-CN')).toBe(
      '主要物资类别 属于其中之一 口罩、消毒液，且影响复工 等于 是，且企业类型 等于 监理企业，且提交时间 不小于 17:00',
    );
    expect(conditionsWords(when, fields, 'en')).toBe(
      'Main supplies is one of Masks, Disinfectant and Stops work equals Yes and Enterprise type equals Supervision enterprise and Time submitted at least 17:00',
    );
  });
});
