import { describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';

const base = readShippedForms().find((form) => form.key === 'liaison-designation')!;
const withSchema = (change: (definition: Record<string, any>) => void) => {
  const copy = structuredClone(base) as unknown as Record<string, any>;
  change(copy);
  return copy;
};
const temperature = (field: Record<string, unknown>) =>
  withSchema((d) => {
    d.schema.properties.temp = { title: '体温', ...field };
    d.i18n.en['/temp'] = 'Temperature';
  });

describe('a JSON Schema that does not compile, told in the reader language', () => {
  it.each<[string, Record<string, unknown>, Locale, { path: string; message: string }[]]>([
    [
      'a minimum written as text',
      { type: 'number', minimum: '35' },
      'zh-CN',
      [{ path: '/schema/properties/temp/minimum', message: '字段“体温”的“最小值”应为数字' }],
    ],
    [
      'a minimum written as text',
      { type: 'number', minimum: '35' },
      'en',
      [{ path: '/schema/properties/temp/minimum', message: 'The "minimum" of field "Temperature" should be a number' }],
    ],
    [
      'a misspelt type, once, without the anyOf umbrella',
      { type: 'numbr' },
      'zh-CN',
      [
        {
          path: '/schema/properties/temp/type',
          message: '字段“体温”的“类型”不是可用的类型（string、number、integer、boolean、object、array）',
        },
      ],
    ],
    [
      'a misspelt type, once, without the anyOf umbrella',
      { type: 'numbr' },
      'en',
      [
        {
          path: '/schema/properties/temp/type',
          message: 'The "type" of field "Temperature" is not one of the types (string, number, integer, boolean, object, array)',
        },
      ],
    ],
  ])('says what is wrong with %s, naming the field by its title (%s)', (_what, field, locale, expected) => {
    expect(checkDefinition(temperature(field), locale)).toEqual(expected);
  });

  it('says both problems of one field, never AJV text or a pointer', () => {
    const problems = checkDefinition(temperature({ type: 'numbr', minimum: '35' }), 'zh-CN');
    expect(problems.map((problem) => problem.path)).toEqual(['/schema/properties/temp/minimum', '/schema/properties/temp/type']);
    for (const { message } of problems) expect(message).not.toMatch(/compile|must|anyOf|data\/|properties/);
  });

  it('names a field without a title by its key, also inside a list, and one problem per place', () => {
    const form = withSchema((d) => {
      d.schema.properties.rows = { type: 'array', items: { type: 'object', properties: { size: { type: 'strin', maxLength: -1 } } } };
    });
    expect(checkDefinition(form, 'zh-CN')).toEqual([
      { path: '/schema/properties/rows/items/properties/size/maxLength', message: '字段“size”的“最多字数”不能小于 0' },
      {
        path: '/schema/properties/rows/items/properties/size/type',
        message: '字段“size”的“类型”不是可用的类型（string、number、integer、boolean、object、array）',
      },
    ]);
  });

  it('finds a pattern that is no regular expression at its field', () => {
    const form = withSchema((d) => (d.schema.properties.mobile.pattern = '(['));
    expect(checkDefinition(form, 'zh-CN')).toEqual([
      { path: '/schema/properties/mobile/pattern', message: '字段“手机号码”的“格式（正则表达式）”不是有效的正则表达式' },
    ]);
    expect(checkDefinition(form, 'en')[0]!.message).toBe(
      'The "pattern (regular expression)" of field "Mobile number" is not a valid regular expression',
    );
  });

  it('speaks of the form itself when the setting is at the top', () => {
    expect(
      checkDefinition(
        withSchema((d) => (d.schema.required = 'mobile')),
        'zh-CN',
      ),
    ).toEqual([{ path: '/schema/required', message: '表单的“必填字段”应为列表（[ ]）' }]);
  });
});
