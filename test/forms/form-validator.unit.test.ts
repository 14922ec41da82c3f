import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { localizeSchema } from '#forms/form-definition';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { validateFormData } from '#forms/form-validator';

const schema: RJSFSchema = {
  type: 'object',
  required: ['name', 'contact'],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 2 },
    contact: { type: 'object', required: ['mobile'], properties: { mobile: { type: 'string', title: '手机', format: 'mobile-cn' } } },
    code: { type: 'string', format: 'credit-code' },
  },
};

describe('shared form validator', () => {
  it('accepts valid data with no errors', () => {
    expect(validateFormData(schema, { name: '张三', contact: { mobile: '13800138000' } }, 'zh-CN')).toEqual([]);
  });

  it.each([
    [
      'zh-CN',
      { name: 'a', contact: { mobile: '123' } },
      [
        ['/contact/mobile', '请填写11位手机号码'],
        ['/name', '至少填写 2 个字'],
      ],
    ],
    [
      'en',
      { name: 'a', contact: { mobile: '123' } },
      [
        ['/contact/mobile', 'Enter an 11-digit mobile number'],
        ['/name', 'Enter at least 2 characters'],
      ],
    ],
    ['en', { name: 'ab', contact: {} }, [['/contact/mobile', 'Enter “手机”']]],
    [
      'en',
      { name: 'ab', contact: { mobile: '13800138000' }, code: '91350100M000100Y44' },
      [['/code', 'Enter the 18-character unified social credit code and check its last character']],
    ],
  ] as const)('in %s reports field paths and messages for %j', (locale, data, expected) => {
    const errors = validateFormData(schema, data, locale).map((e) => [e.path, e.message]);
    expect(errors.sort()).toEqual([...expected].map((pair) => [...pair]).sort());
  });

  it('names fields by their English titles once the schema is localized', () => {
    const english = localizeSchema(schema, { '/contact/mobile': 'Mobile' });
    expect(validateFormData(english, { name: 'ab', contact: {} }, 'en')).toEqual([{ path: '/contact/mobile', message: 'Enter “Mobile”' }]);
    expect(schema.properties?.contact).toMatchObject({ properties: { mobile: { title: '手机' } } });
  });
});

describe('shipped form definitions', () => {
  it.each(readShippedForms().map((form) => [form.key, form] as const))(
    '%s compiles and its process params fit its process type',
    (_key, form) => {
      expect(checkDefinition(form)).toEqual([]);
    },
  );

  it('refuses a definition whose params do not fit its process type, with a path', () => {
    const [form] = readShippedForms();
    const broken = { ...form!, process: { processType: 'receipt', params: { settleAfter: 'soon' } } };
    const paths = checkDefinition(broken).map((problem) => problem.path);
    expect(paths).toContain('/process/params/settleAfter');
    expect(paths).toContain('/process/params/receiptTemplate');
  });
});
