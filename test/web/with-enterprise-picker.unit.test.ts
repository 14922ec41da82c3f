import { describe, expect, it } from 'vitest';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { readShippedForms } from '#forms/shipped-forms';
import { OWN_ENTERPRISE_WIDGET, withEnterprisePicker } from '#web/app/src/form/with-enterprise-picker';

const code = { type: 'string', format: 'credit-code' } as const;

describe('the enterprise picker on credit-code fields', () => {
  it.each<[string, RJSFSchema, UiSchema | undefined, UiSchema]>([
    [
      'adds it to a credit-code field',
      { type: 'object', properties: { code } },
      undefined,
      { code: { 'ui:widget': OWN_ENTERPRISE_WIDGET } },
    ],
    [
      'keeps the field’s other options',
      { type: 'object', properties: { code } },
      { code: { 'ui:help': '18 位' } },
      { code: { 'ui:help': '18 位', 'ui:widget': OWN_ENTERPRISE_WIDGET } },
    ],
    [
      'leaves a field that names its own widget alone',
      { type: 'object', properties: { code } },
      { code: { 'ui:widget': 'hidden' } },
      { code: { 'ui:widget': 'hidden' } },
    ],
    [
      'leaves other fields alone',
      { type: 'object', properties: { mobile: { type: 'string', format: 'mobile-cn' }, name: { type: 'string' } } },
      { name: { 'ui:autofocus': true } },
      { name: { 'ui:autofocus': true } },
    ],
    ['answers a form without properties as it came', { type: 'string' }, {}, {}],
  ])('%s', (_name, schema, uiSchema, expected) => {
    expect(withEnterprisePicker(schema, uiSchema)).toEqual(expected);
  });

  it('offers it on the commendation’s nominee without changing the definition', () => {
    const form = readShippedForms().find((f) => f.key === 'commendation')!;
    const before = JSON.stringify(form.uiSchema);
    const ui = withEnterprisePicker(form.schema as RJSFSchema, form.uiSchema as UiSchema);
    expect(ui.enterpriseCreditCode).toEqual({ 'ui:widget': OWN_ENTERPRISE_WIDGET });
    expect(ui.deeds).toEqual({ 'ui:widget': 'textarea' });
    expect(JSON.stringify(form.uiSchema)).toBe(before);
  });
});
