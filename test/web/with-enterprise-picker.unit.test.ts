// A nominator picks the enterprise of a credit-code field by name — a cadre among its own, a working-group member, HQ
// or an admin among all it may name — and the field naming the submission's enterprise is required of it, as the
// server requires; an enterprise (filing for itself) and a gate officer get neither. No definition changes for it.
import { describe, expect, it } from 'vitest';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Role } from '#core/org/org-types';
import { readShippedForms } from '#forms/shipped-forms';
import {
  OWN_ENTERPRISE_WIDGET,
  pickFromFor,
  withEnterprisePicker,
  withNomineeRequired,
  type PickFrom,
} from '#web/app/src/form/with-enterprise-picker';

const picker = (pickFrom: PickFrom = 'own') => ({ 'ui:widget': OWN_ENTERPRISE_WIDGET, 'ui:options': { pickFrom } });

const code = { type: 'string', format: 'credit-code' } as const;

describe('the enterprise picker on credit-code fields', () => {
  it.each<[string, RJSFSchema, UiSchema | undefined, UiSchema]>([
    ['adds it to a credit-code field', { type: 'object', properties: { code } }, undefined, { code: picker() }],
    [
      'keeps the field’s other options',
      { type: 'object', properties: { code } },
      { code: { 'ui:help': '18 位', 'ui:options': { inputType: 'text' } } },
      { code: { 'ui:help': '18 位', 'ui:widget': OWN_ENTERPRISE_WIDGET, 'ui:options': { inputType: 'text', pickFrom: 'own' } } },
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
    expect(ui.enterpriseCreditCode).toEqual(picker());
    expect(ui.deeds).toEqual({ 'ui:widget': 'textarea' });
    expect(JSON.stringify(form.uiSchema)).toBe(before);
  });

  it('offers a working-group member every enterprise it may name', () => {
    const schema: RJSFSchema = { type: 'object', properties: { code } };
    expect(withEnterprisePicker(schema, {}, 'scope')).toEqual({ code: picker('scope') });
  });

  it.each<[Role, PickFrom | null]>([
    ['cadre', 'own'],
    ['special_class', 'scope'],
    ['hq', 'scope'],
    ['admin', 'scope'],
    ['enterprise', null],
    ['gate', null],
  ])('serves %s with %s', (role, pickFrom) => {
    expect(pickFromFor(role)).toBe(pickFrom);
  });
});

describe('the nominee required of a nominator', () => {
  it('marks the commendation’s nominee required, keeping the form’s own required fields', () => {
    const form = readShippedForms().find((f) => f.key === 'commendation')!;
    const before = JSON.stringify(form.schema);
    const schema = withNomineeRequired(form.schema as RJSFSchema);
    expect(schema.required).toEqual(['enterpriseCreditCode', 'honour', 'deeds']);
    expect(JSON.stringify(form.schema)).toBe(before);
  });

  it.each<[string, RJSFSchema]>([
    ['a form without the field', { type: 'object', required: ['a'], properties: { a: { type: 'string' } } }],
    ['a form that already requires it', { type: 'object', required: ['enterpriseCreditCode'], properties: { enterpriseCreditCode: code } }],
    ['a schema without properties', { type: 'string' }],
  ])('answers %s as it came', (_name, schema) => {
    expect(withNomineeRequired(schema)).toBe(schema);
  });

  it('requires it of a form that names no required field', () => {
    expect(withNomineeRequired({ type: 'object', properties: { enterpriseCreditCode: code } }).required).toEqual(['enterpriseCreditCode']);
  });
});
