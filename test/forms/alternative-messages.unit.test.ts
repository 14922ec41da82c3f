import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { validateFormData } from '#forms/form-validator';
import { ENTERPRISE_CONTACT_PROPERTIES } from '#web/server/org/org-schemas';

// "A mobile number, or nothing" is written as anyOf; its refusal must speak of the mobile number, not of a list of options.
const schema: RJSFSchema = {
  type: 'object',
  properties: {
    ...ENTERPRISE_CONTACT_PROPERTIES,
    note: { oneOf: [{ type: 'string', minLength: 5 }, { type: 'null' }] },
    category: {
      type: 'string',
      oneOf: [
        { const: 'funds', title: '资金' },
        { const: 'land', title: '用地' },
      ],
    },
  },
};

describe('messages for alternatives that are no list of choices', () => {
  // data, path, zh-CN, en
  const CASES = [
    [{ liaisonMobile: '1360013' }, '/liaisonMobile', '请填写11位手机号码', 'Enter an 11-digit mobile number'],
    [{ liaisonEmail: 'zhang@' }, '/liaisonEmail', '请填写有效的电子邮箱地址', 'Enter a valid email address'],
    [{ liaisonMobile: 13600131234 }, '/liaisonMobile', '请填写文字', 'Enter text'],
    [{ note: 'abc' }, '/note', '至少填写 5 个字', 'Enter at least 5 characters'],
    [{ category: 'weather' }, '/category', '请从列出的选项中选择', 'Choose one of the listed options'],
  ] as const;

  it.each(CASES)('refuse %j with the reason of the branch the value was meant for', (data, path, zh, en) => {
    expect(validateFormData(schema, data, 'zh-CN')).toEqual([{ path, message: zh }]);
    expect(validateFormData(schema, data, 'en')).toEqual([{ path, message: en }]);
  });

  it('accept the empty alternative', () => {
    expect(validateFormData(schema, { liaisonMobile: '', liaisonEmail: '', note: null }, 'zh-CN')).toEqual([]);
  });
});
