// The tester's bug: a rule "主要物资类别 等于 体温计" on a builder choice field that stores option3 published and never
// fired. The check at publish refuses a value that is not a stored choice, and a comparison that does not fit a choice,
// at the condition's pointer, in both languages, naming the field and its options by title.
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '#forms/form-definition';
import { ruleChoiceReferences } from '#forms/rules/rule-choice-references';
import type { RuleCondition } from '#forms/rules/rule-types';
import { readShippedForms } from '#forms/shipped-forms';
import { suppliesForm } from '../../fixtures/supplies-choice-form';

const CONTEXT = {
  templateNames: new Set<string>(),
  workingGroupKeys: new Set<string>(),
  categoryKeys: new Set<string>(),
  activeUserIds: new Set<number>(),
  robotKeys: new Set<string>(),
  enterpriseIds: new Set<number>(),
};

function ladder(...when: RuleCondition[]): FormDefinition {
  const { schema, uiSchema, i18n } = suppliesForm();
  return {
    key: 'supplies',
    version: 1,
    title: { 'zh-CN': '物资短缺', en: 'Supplies shortage' },
    description: { 'zh-CN': '', en: '' },
    audience: ['enterprise'],
    schema,
    uiSchema,
    i18n: { en: i18n },
    process: {
      processType: 'ladder',
      params: { stages: [], rules: [{ label: { 'zh-CN': '特急', en: 'Critical' }, when, then: { priority: 3 } }] },
    },
  };
}

const check = (definition: FormDefinition) => ruleChoiceReferences(definition, CONTEXT);

describe('rules on choice fields at publish', () => {
  it('refuses the title 体温计 where the stored value option3 belongs, telling the admin to pick the option', () => {
    expect(check(ladder({ field: 'field1', op: 'equals', value: '体温计' }))).toEqual([
      {
        path: '/process/params/rules/0/when/0/value',
        message: {
          'zh-CN':
            '规则 1：「主要物资类别」的值「体温计」是手写的文字，不是选项；请在“办理规则”中从选项里重新选择「体温计」（可选：口罩、消毒液、体温计）',
          en: 'Rule 1: "Main supplies" holds the typed text "体温计", not an option; pick "Thermometers" from its options under Handling rules (options: Masks, Disinfectant, Thermometers)',
        },
      },
    ]);
  });

  it('refuses a value that is no option at all, listing the options', () => {
    expect(check(ladder({ field: 'field1', op: 'equals', value: '温度计' }))[0]!.message).toEqual({
      'zh-CN': '规则 1：「主要物资类别」没有选项「温度计」，请在“办理规则”中从选项里选择：口罩、消毒液、体温计',
      en: 'Rule 1: "Main supplies" has no option "温度计"; pick one of its options under Handling rules: Masks, Disinfectant, Thermometers',
    });
  });

  it('accepts stored values, on a single choice, a multiple choice and a yes/no', () => {
    expect(
      check(
        ladder(
          { field: 'field1', op: 'in', value: ['option1', 'option3'] },
          { field: 'field2', op: 'equals', value: 'option2' },
          { field: 'field3', op: 'equals', value: true },
          { field: 'summary', op: 'equals', value: '任何文字' },
        ),
      ),
    ).toEqual([]);
  });

  it('points at the one wrong item of a list and at a yes/no written as text', () => {
    const paths = check(
      ladder({ field: 'field1', op: 'in', value: ['option1', '消毒液'] }, { field: 'field3', op: 'equals', value: 'true' }),
    ).map((problem) => problem.path);
    expect(paths).toEqual(['/process/params/rules/0/when/0/value/1', '/process/params/rules/0/when/1/value']);
  });

  it('refuses a numeric comparison on a choice field, naming the comparisons that fit', () => {
    expect(check(ladder({ field: 'field1', op: '>=', value: 'option2' }))).toEqual([
      {
        path: '/process/params/rules/0/when/0/op',
        message: {
          'zh-CN': '规则 1：「主要物资类别」是选择题，不能比较“不小于”，只能选“等于”、“不等于”、“属于其中之一”',
          en: 'Rule 1: "Main supplies" is a choice field and cannot be compared with “at least”; use “equals”, “does not equal”, “is one of”',
        },
      },
    ]);
  });

  it('leaves a missing field to the field check and a monitoring process’s rules alone', () => {
    expect(check(ladder({ field: 'nothing', op: 'equals', value: 'x' }))).toEqual([]);
    const monitoring = ladder({ field: 'field1', op: 'equals', value: '体温计' });
    monitoring.process.processType = 'monitoring';
    expect(check(monitoring)).toEqual([]);
  });

  it('passes every shipped definition', () => {
    expect(readShippedForms().flatMap((form) => check(form))).toEqual([]);
  });
});
