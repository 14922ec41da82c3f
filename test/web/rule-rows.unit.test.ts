// The rules table's data in the form editor: rules read from and written back into the params JSON text (the JSON box
// stays the one source), and values typed as text turned into what a condition holds.
import { describe, expect, it } from 'vitest';
import type { Rule } from '#forms/rules/rule-types';
import { ruleFields } from '#forms/rules/rule-fields';
import {
  choiceKey,
  choiceOptions,
  fitToField,
  fixedValue,
  newCondition,
  parseValue,
  readRules,
  toggleChoice,
  unknownValues,
  valueOfKey,
  valueText,
  withChoiceOp,
  writeRules,
} from '#web/app/src/pages/form-admin/rules/rule-rows';
import { suppliesForm } from '../fixtures/supplies-choice-form';

const URGENT: Rule = {
  label: { 'zh-CN': '紧急', en: 'Urgent' },
  when: [{ field: 'urgent', op: 'equals', value: true }],
  then: { priority: 3 },
};

describe('rules in the params text', () => {
  it('reads the rules of a params object and writes them back beside the other params', () => {
    const parsed = readRules(JSON.stringify({ stages: [], rules: [URGENT] }));
    expect(parsed).toMatchObject({ ok: true, rules: [URGENT] });
    if (!parsed.ok) return;
    const text = writeRules(parsed.params, [...parsed.rules, URGENT]);
    expect(JSON.parse(text)).toEqual({ stages: [], rules: [URGENT, URGENT] });
  });

  it('drops the rules key when the last rule is removed', () => {
    const parsed = readRules(JSON.stringify({ stages: [], rules: [URGENT] }));
    expect(parsed.ok && JSON.parse(writeRules(parsed.params, []))).toEqual({ stages: [] });
  });

  it.each(['{', '[]', 'null', '"text"'])('refuses params text %s that is not an object', (text) => {
    expect(readRules(text)).toEqual({ ok: false });
  });
});

describe('values typed in the table', () => {
  it.each([
    ['是', 'equals', true],
    ['No', 'equals', false],
    ['3', '>=', 3],
    ['1.', 'equals', '1.'],
    ['17:00', '>=', '17:00'],
    ['materials， funds', 'in', ['materials', 'funds']],
  ] as const)('reads %s under %s', (text, op, value) => {
    expect(parseValue(text, op)).toEqual(value);
  });

  it('shows yes/no in the reader’s language and lists joined by commas', () => {
    expect(valueText(true, 'zh-CN')).toBe('是');
    expect(valueText(false, 'en')).toBe('no');
    expect(valueText(['a', 2], 'en')).toBe('a, 2');
  });
});

describe('a choice field’s value picked by title, kept as the stored value', () => {
  const { schema, i18n } = suppliesForm();
  const fields = ruleFields(schema, i18n);
  const supplies = fields.field1!;

  it('offers the titles and keeps the stored value of the one picked', () => {
    expect(choiceOptions(supplies, 'zh-CN')).toEqual([
      { value: '0', label: '口罩' },
      { value: '1', label: '消毒液' },
      { value: '2', label: '体温计' },
    ]);
    expect(choiceOptions(supplies, 'en').map((option) => option.label)).toEqual(['Masks', 'Disinfectant', 'Thermometers']);
    expect(valueOfKey(supplies, '2')).toBe('option3');
    expect(valueOfKey(supplies, '')).toBeUndefined();
    expect(choiceKey(supplies, 'option3')).toBe('2');
    expect(valueOfKey(fields.field3!, choiceKey(fields.field3!, false))).toBe(false);
  });

  it('marks an old rule’s title as unknown, and fixes it to the stored value of that title', () => {
    expect(choiceKey(supplies, '体温计')).toBe('');
    expect(unknownValues(supplies, '体温计')).toEqual(['体温计']);
    expect(fixedValue(supplies, '体温计')).toBe('option3');
    expect(fixedValue(supplies, ['option1', 'Disinfectant', '温度计'])).toEqual(['option1', 'option2', '温度计']);
    expect(fixedValue(supplies, 'option3')).toBeUndefined();
    expect(fixedValue(supplies, '温度计')).toBeUndefined();
  });

  it('starts a condition on a choice field at its first choice, and keeps only comparisons that fit', () => {
    expect(newCondition('field', 'field1', supplies)).toEqual({ field: 'field1', op: 'equals', value: 'option1' });
    expect(fitToField({ field: 'field1', op: '>=', value: 3 }, supplies)).toEqual({ field: 'field1', op: 'equals', value: 'option1' });
    expect(fitToField({ field: 'summary', op: 'equals', value: true }, fields.summary)).toEqual({
      field: 'summary',
      op: 'equals',
      value: true,
    });
  });

  it('turns one value into a list of one and back without dropping an unknown value', () => {
    const one = { field: 'field1', op: 'equals', value: '体温计' } as const;
    expect(withChoiceOp(one, 'in')).toEqual({ ...one, op: 'in', value: ['体温计'] });
    expect(withChoiceOp({ ...one, op: 'in', value: ['option2', 'option1'] }, 'equals')).toEqual({ ...one, value: 'option2' });
  });

  it('ticks choices in the field’s order and unticks an unknown one', () => {
    expect(toggleChoice(supplies, ['option3'], 'option1', true)).toEqual(['option1', 'option3']);
    expect(toggleChoice(supplies, ['option1', '体温计'], '体温计', false)).toEqual(['option1']);
  });
});
