import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { localizeSchema } from '#forms/form-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { formValidator, validateFormData } from '#forms/form-validator';
import { localizeValidationErrors } from '#forms/localize-validation-errors';
import { FORMAT_MESSAGES, VALIDATION_MESSAGES } from '#forms/validation-messages';

const schema: RJSFSchema = {
  type: 'object',
  required: ['started', 'category'],
  properties: {
    started: { type: 'integer', title: '已开工项目数', minimum: 0, maximum: 500 },
    masks: { type: 'integer', title: '口罩库存（只）', minimum: 0, maximum: 10000000 },
    share: { type: 'number', title: '比例', exclusiveMinimum: 0, exclusiveMaximum: 1, multipleOf: 0.25 },
    name: { type: 'string', title: '姓名', minLength: 2, maxLength: 4 },
    note: { type: 'string', title: '说明', minLength: 1 },
    code: { type: 'string', title: '编码', pattern: '^[A-Z]{2}$' },
    day: { type: 'string', title: '日期', format: 'date' },
    email: { type: 'string', title: '邮箱', format: 'email' },
    residentId: { type: 'string', title: '身份证号', format: 'resident-id' },
    mobile: { type: 'string', title: '手机', format: 'mobile-cn' },
    creditCode: { type: 'string', title: '信用代码', format: 'credit-code' },
    level: { type: 'string', title: '级别', enum: ['a', 'b'] },
    category: { type: 'string', title: '类别', oneOf: [{ const: 'funds', title: '资金' }] },
    agreed: { type: 'boolean', title: '同意', const: true },
    steps: {
      type: 'array',
      title: '检查步骤',
      uniqueItems: true,
      minItems: 2,
      maxItems: 3,
      items: { type: 'string', enum: ['a', 'b', 'c', 'd'] },
    },
    people: { type: 'array', title: '人员', minItems: 1, items: { type: 'object', properties: { name: { type: 'string' } } } },
  },
};
const english = localizeSchema(schema, {
  '/started': 'Projects started',
  '/category': 'Category',
  '/name': 'Name',
  '/note': 'Note',
});

// keyword, data, field path, zh-CN, en
const CASES: readonly (readonly [string, Record<string, unknown>, string, string, string])[] = [
  ['required', { category: 'funds' }, '/started', '请填写「已开工项目数」', 'Enter “Projects started”'],
  ['required (a choice)', { started: 1 }, '/category', '请选择「类别」', 'Choose “Category”'],
  ['minimum', { started: -1 }, '/started', '不能小于 0', 'Must be at least 0'],
  ['maximum', { started: 501 }, '/started', '不能大于 500', 'Must be at most 500'],
  ['maximum in the millions', { masks: 10000001 }, '/masks', '不能大于 10,000,000', 'Must be at most 10,000,000'],
  ['exclusiveMinimum', { share: 0 }, '/share', '必须大于 0', 'Must be more than 0'],
  ['exclusiveMaximum', { share: 1 }, '/share', '必须小于 1', 'Must be less than 1'],
  ['multipleOf', { share: 0.3 }, '/share', '必须是 0.25 的整数倍', 'Must be a multiple of 0.25'],
  ['minLength', { name: '张' }, '/name', '至少填写 2 个字', 'Enter at least 2 characters'],
  ['minLength 1', { note: '' }, '/note', '请填写「说明」', 'Enter “Note”'],
  ['maxLength', { name: '欧阳小明同' }, '/name', '最多填写 4 个字', 'Enter at most 4 characters'],
  ['pattern', { code: 'x' }, '/code', '格式不正确，请检查', 'This is not in the expected format'],
  [
    'format date',
    { day: '2026-13-40' },
    '/day',
    '请按“年-月-日”填写日期，例如 2026-12-04',
    'Enter a date as year-month-day, for example 2026-12-04',
  ],
  ['format email', { email: 'nobody' }, '/email', '请填写有效的电子邮箱地址', 'Enter a valid email address'],
  [
    'format resident-id',
    { residentId: '110101199003070000' },
    '/residentId',
    '请填写18位居民身份证号码，并核对最后一位校验码',
    'Enter the 18-digit resident ID number and check its last digit',
  ],
  ['format mobile-cn', { mobile: '123' }, '/mobile', '请填写11位手机号码', 'Enter an 11-digit mobile number'],
  [
    'format credit-code',
    { creditCode: '91350100M000100Y44' },
    '/creditCode',
    '请填写18位统一社会信用代码，并核对最后一位校验码',
    'Enter the 18-character unified social credit code and check its last character',
  ],
  ['enum', { level: 'z' }, '/level', '请从列出的选项中选择', 'Choose one of the listed options'],
  ['oneOf', { category: 'weather' }, '/category', '请从列出的选项中选择', 'Choose one of the listed options'],
  ['const', { agreed: false }, '/agreed', '请勾选此项', 'Tick this box'],
  ['type number', { started: 'many' }, '/started', '请填写整数', 'Enter a whole number'],
  ['minItems (choices)', { steps: ['a'] }, '/steps', '请至少选择 2 项', 'Choose at least 2 options'],
  ['maxItems (choices)', { steps: ['a', 'b', 'c', 'd'] }, '/steps', '最多选择 3 项', 'Choose at most 3 options'],
  ['uniqueItems', { steps: ['a', 'a'] }, '/steps', '第 1 项与第 2 项重复', 'Items 1 and 2 are the same'],
  ['minItems (rows)', { people: [] }, '/people', '请至少添加 1 项', 'Add at least 1 item'],
];

function messagesAt(locale: Locale, data: Record<string, unknown>): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const error of validateFormData(locale === 'en' ? english : schema, data, locale)) {
    (byPath[error.path] ??= []).push(error.message);
  }
  return byPath;
}

describe('validation messages', () => {
  it.each(CASES)('%s reads as written for people in zh-CN and en, at the field', (_keyword, data, path, zh, en) => {
    expect(messagesAt('zh-CN', data)[path]).toContain(zh);
    expect(messagesAt('en', data)[path]).toContain(en);
  });

  it('lets a form word its own message for a field, in both languages', () => {
    const gate = readShippedForms().find((form) => form.key === 'gate-check')!;
    const data = { residentId: '11010519491231002X', name: '张三', channel: 'people', certificate: 'pass', steps: ['certificate'] };
    const zh = validateFormData(gate.schema, { ...data, riskFlag: false }, 'zh-CN');
    expect(zh).toContainEqual({ path: '/steps', message: '请完成全部 8 个检查步骤' });
    expect(zh).toContainEqual({ path: '/temperature', message: '请填写「体温（℃）」' });
    const en = validateFormData(localizeSchema(gate.schema, gate.i18n?.en), { ...data, riskFlag: false }, 'en');
    expect(en).toContainEqual({ path: '/steps', message: 'Complete all 8 check steps' });
    expect(en).toContainEqual({ path: '/temperature', message: 'Enter “Temperature (°C)”' });
  });

  it('keeps field paths as rjsf gives them, for the app’s transformErrors', () => {
    const { errors } = formValidator().validateFormData({ category: 'funds', steps: ['a'] }, schema);
    const localized = localizeValidationErrors(errors, schema, 'zh-CN');
    expect(localized.map((error) => [error.property, error.message, error.stack]).sort()).toEqual(
      [
        ['started', '请填写「已开工项目数」', '请填写「已开工项目数」'],
        ['.steps', '请至少选择 2 项', '请至少选择 2 项'],
      ].sort(),
    );
  });
});

describe('the message catalog', () => {
  const contexts = [
    { title: '标题', params: { limit: 3, format: 'date', type: 'number', allowedValue: true, i: 0, j: 1, multipleOf: 2 }, choices: true },
    {
      title: undefined,
      params: { limit: 1, format: 'unknown', type: 'object', allowedValue: 'x', i: 0, j: 1, multipleOf: 2 },
      choices: false,
    },
  ];
  const phrases = Object.entries(VALIDATION_MESSAGES);

  it.each(phrases)('%s has no English in Chinese and no Chinese in English', (_keyword, byLocale) => {
    for (const context of contexts) {
      expect(byLocale['zh-CN'](context)).not.toMatch(/[A-Za-z]/);
      expect(byLocale.en({ ...context, title: context.title && 'Title' })).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    }
  });

  it.each(Object.entries(FORMAT_MESSAGES))('format %s is worded in both languages without mixing', (_format, text) => {
    expect(text['zh-CN']).not.toMatch(/[A-Za-z]/);
    expect(text.en).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });
});
