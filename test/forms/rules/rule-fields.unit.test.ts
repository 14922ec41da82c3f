// A rule compares what a submission stores, not what people read: the builder's choice field stores option3 and shows
// 体温计, so the rules see each field's choices as stored value + title in both languages, map a typed title back to
// its value, and allow only the comparisons that fit a choice.
import { describe, expect, it } from 'vitest';
import { choiceByText, choiceOf, opsOfField, ruleFields, valueWords } from '#forms/rules/rule-fields';
import { suppliesForm } from '../../fixtures/supplies-choice-form';

const { schema, i18n } = suppliesForm();
const fields = ruleFields(schema, i18n);

describe('a form’s fields as rules see them', () => {
  it('lists a builder choice field’s stored values with their titles in both languages', () => {
    expect(fields.field1).toEqual({
      title: { 'zh-CN': '主要物资类别', en: 'Main supplies' },
      many: false,
      choices: [
        { value: 'option1', title: { 'zh-CN': '口罩', en: 'Masks' } },
        { value: 'option2', title: { 'zh-CN': '消毒液', en: 'Disinfectant' } },
        { value: 'option3', title: { 'zh-CN': '体温计', en: 'Thermometers' } },
      ],
    });
  });

  it('reads a multiple choice from its items, a yes/no as 是/否, and a text field as free', () => {
    expect(fields.field2).toMatchObject({ many: true, choices: [{ value: 'option1' }, { value: 'option2', title: { en: 'Gloves' } }] });
    expect(fields.field3!.choices).toEqual([
      { value: true, title: { 'zh-CN': '是', en: 'Yes' } },
      { value: false, title: { 'zh-CN': '否', en: 'No' } },
    ]);
    expect(fields.summary).toEqual({ title: { 'zh-CN': '事项摘要', en: 'Summary' }, choices: null, many: false });
  });

  it('reads enum + enumNames and a field that only a condition adds', () => {
    const conditional = ruleFields(
      {
        type: 'object',
        properties: { level: { type: 'integer', title: '等级', enum: [1, 2, 3], enumNames: ['低', '中', '高'] } as never },
        allOf: [{ if: { properties: { level: { const: 3 } } }, then: { properties: { kind: { type: 'string', enum: ['a', 'b'] } } } }],
      },
      {},
    );
    expect(conditional.level!.choices!.map((choice) => [choice.value, choice.title['zh-CN']])).toEqual([
      [1, '低'],
      [2, '中'],
      [3, '高'],
    ]);
    expect(conditional.kind!.choices!.map((choice) => choice.value)).toEqual(['a', 'b']);
  });

  it.each([
    ['体温计', 'option3'],
    ['Thermometers', 'option3'],
    ['thermometers', 'option3'],
    [' 口罩 ', 'option1'],
    ['option2', 'option2'],
  ])('maps the typed text %s to the stored value %s', (typed, value) => {
    expect(choiceByText(fields.field1, typed)?.value).toBe(value);
  });

  it('takes only a stored value as a choice, never its title', () => {
    expect(choiceOf(fields.field1, 'option3')?.title['zh-CN']).toBe('体温计');
    expect(choiceOf(fields.field1, '体温计')).toBeUndefined();
    expect(choiceByText(fields.field1, '温度计')).toBeUndefined();
  });

  it('allows only equality and "one of" on a choice, ordering on numeric choices and free fields', () => {
    expect(opsOfField(fields.field1)).toEqual(['equals', 'not-equals', 'in']);
    expect(opsOfField(fields.field3)).toEqual(['equals', 'not-equals', 'in']);
    expect(opsOfField(fields.summary)).toContain('>=');
    expect(opsOfField(ruleFields({ type: 'object', properties: { n: { enum: [1, 2] } } }, {}).n)).toContain('>=');
  });

  it('words a stored value by its title, and an unknown value as it is', () => {
    expect(valueWords(fields.field1, 'option3', 'zh-CN')).toBe('体温计');
    expect(valueWords(fields.field1, 'option3', 'en')).toBe('Thermometers');
    expect(valueWords(fields.field3, false, 'zh-CN')).toBe('否');
    expect(valueWords(fields.field1, '体温计', 'en')).toBe('体温计');
  });
});
