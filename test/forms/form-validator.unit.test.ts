import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { localizeSchema } from '#forms/form-definition';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { LISTED_VALUES, validateFormData } from '#forms/form-validator';

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

  it.each(['zh-CN', 'en'] as const)('names each field the form does not have at its own path (%s)', (locale) => {
    const closed: RJSFSchema = { ...schema, additionalProperties: false };
    const data = { name: '张三', contact: { mobile: '13800138000' }, projectsTotal: 3, 'a/b~c': 1 };
    const problems = validateFormData(closed, data, locale);
    expect(problems.map((problem) => problem.path).sort()).toEqual(['/a~1b~0c', '/projectsTotal']);
    const words = locale === 'en' ? 'The form has an unknown field; reload the page' : '表单中有多余的内容，请刷新页面后重新填写';
    expect(problems.map((problem) => problem.message)).toEqual([words, words]);
  });

  it('refuses a definition whose params do not fit its process type, with a path', () => {
    const [form] = readShippedForms();
    const broken = { ...form!, process: { processType: 'receipt', params: { settleAfter: 'soon' } } };
    const paths = checkDefinition(broken).map((problem) => problem.path);
    expect(paths).toContain('/process/params/settleAfter');
    expect(paths).toContain('/process/params/receiptTemplate');
  });
});

// Every problem of hostile data is its own error: a gate check whose `steps` were 60,000 zeros (120 KB, under the body
// limit) gave AJV 600,000 errors, and wording them held the web server's one thread 9 seconds for a 6 MB answer.
describe('data too large to list every problem of', () => {
  const gateCheck = readShippedForms().find((form) => form.key === 'gate-check')!.schema as RJSFSchema;
  const commendation = readShippedForms().find((form) => form.key === 'commendation')!.schema as RJSFSchema;
  const entrant = { residentId: '110101199003070011', name: '张三', channel: 'people', riskFlag: false, certificate: 'none' };

  it('is refused at its first problem, not item by item', () => {
    const steps = validateFormData(gateCheck, { ...entrant, steps: Array(60_000).fill(0) }, 'zh-CN');
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(3);
    expect(steps[0]!.path).toMatch(/^\/steps/);
    const evidence = validateFormData(
      commendation,
      { honour: '表扬事项', deeds: '主要事迹主要事迹主要事迹', evidence: Array(60_000).fill(0) },
      'en',
    );
    expect(evidence.length).toBeLessThanOrEqual(3);
    expect(evidence[0]!.path).toMatch(/^\/evidence/);
    const keys = validateFormData(commendation, Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])), 'zh-CN');
    expect(keys.length).toBeLessThanOrEqual(3);
  });

  it('still lists every problem of data of a real form’s size', () => {
    // Within the limit, each of a list's wrong items is named, as the page shows them.
    const many = LISTED_VALUES - 100;
    expect(validateFormData(gateCheck, { ...entrant, steps: Array(many).fill(0) }, 'zh-CN').length).toBeGreaterThanOrEqual(many);
    expect(
      validateFormData(commendation, { honour: '表', deeds: '短', evidence: ['x', 'y'] }, 'zh-CN')
        .map((e) => e.path)
        .sort(),
    ).toEqual(['/deeds', '/evidence/0', '/evidence/1', '/honour']);
  });
});
