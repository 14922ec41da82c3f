// The form builder's model: every shipped definition read into fields and written back is the same definition
// (schema, uiSchema and English texts; key order and the order inside `required` lists aside), each field is read as
// the kind an admin would call it, and what the builder writes (units, options, conditions) renders and validates.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { retrieveSchema, type RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { localizeSchema } from '#forms/form-definition';
import { formValidator, validateFormData } from '#forms/form-validator';
import { checkDefinition } from '#forms/check-definition';
import { presentValue } from '#forms/present/present-value';
import type { BuilderField, FieldKind, FormParts } from '#web/app/src/pages/form-admin/builder/field-model';
import { formToParts } from '#web/app/src/pages/form-admin/builder/fields-to-schema';
import { newField } from '#web/app/src/pages/form-admin/builder/new-field';
import { schemaToForm } from '#web/app/src/pages/form-admin/builder/schema-to-fields';

const DIR = fileURLToPath(new URL('../../forms/definitions/', import.meta.url));
const shipped = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as { key: string } & Record<string, unknown>);

const partsOf = (definition: Record<string, unknown>): FormParts => ({
  schema: definition.schema as FormParts['schema'],
  uiSchema: definition.uiSchema as FormParts['uiSchema'],
  i18n: ((definition.i18n as { en?: Record<string, string> }).en ?? {}) as Record<string, string>,
});

// Key order means nothing in JSON Schema, nor does the order of names in `required`.
function normal(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normal(item));
    return key === 'required' ? [...(items as string[])].sort() : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normal((value as Record<string, unknown>)[k], k)]),
    );
  return value;
}

const kinds = (fields: BuilderField[]): Record<string, FieldKind> =>
  Object.fromEntries(fields.flatMap((field) => [[field.name, field.kind] as const, ...Object.entries(kinds(field.children))]));

describe('form builder model', () => {
  it.each(shipped.map((definition) => [definition.key, definition] as const))(
    'gives %s back unchanged when read into fields and written again',
    (_key, definition) => {
      const parts = partsOf(definition);
      const again = formToParts(schemaToForm(parts));
      expect(normal(again)).toEqual(normal(parts));
    },
  );

  it('reads each shipped field as the kind an admin would pick', () => {
    const byForm = Object.fromEntries(shipped.map((d) => [d.key, kinds(schemaToForm(partsOf(d)).fields)]));
    expect(byForm['gate-check']).toMatchObject({
      residentId: 'residentId',
      mobile: 'mobile',
      channel: 'choice',
      steps: 'multiChoice',
      temperature: 'number',
      recentTravel: 'longText',
      riskFlag: 'yesNo',
      signature: 'file',
    });
    expect(byForm['commendation']).toMatchObject({ enterpriseCreditCode: 'creditCode', evidence: 'file', deeds: 'longText' });
    expect(byForm['resumption-readiness']).toMatchObject({ fourInPlace: 'section', mechanism: 'section', done: 'yesNo' });
    const all = Object.values(byForm).flatMap((form) => Object.values(form));
    expect(all.filter((kind) => kind === 'other')).toEqual([]);
  });

  it('splits a unit off a number title in both languages and reads English option titles', () => {
    const gate = schemaToForm(partsOf(shipped.find((d) => d.key === 'gate-check')!));
    const temperature = gate.fields.find((field) => field.name === 'temperature')!;
    expect(temperature).toMatchObject({ title: { 'zh-CN': '体温', en: 'Temperature' }, unit: { 'zh-CN': '℃', en: '°C' } });
    expect(temperature).toMatchObject({ minimum: 34, maximum: 43, personal: 'health' });
    const channel = gate.fields.find((field) => field.name === 'channel')!;
    expect(channel.options[1]).toEqual({ value: 'passenger-vehicle', title: { 'zh-CN': '客车通道', en: 'Passenger vehicle' } });
  });

  it('writes a repeating group and a section with their own fields, required lists and English titles', () => {
    const child = (name: string, zh: string, en: string, required = false) => ({
      ...newField('text', []),
      name,
      title: { 'zh-CN': zh, en },
      required,
    });
    const group = { ...newField('group', []), name: 'workers', title: { 'zh-CN': '返岗人员', en: 'Workers back' } };
    const section = { ...newField('section', []), name: 'site', title: { 'zh-CN': '工地', en: 'Site' } };
    const parts = formToParts({
      fields: [
        { ...group, children: [child('name', '姓名', 'Name', true), { ...newField('mobile', []), name: 'mobile' }] },
        { ...section, children: [child('address', '地址', 'Address')] },
      ],
      rootRest: {},
      uiRootRest: {},
      i18nRest: {},
    });
    expect(parts.schema.properties).toMatchObject({
      workers: { type: 'array', items: { type: 'object', required: ['name'], properties: { mobile: { 'x-personal': 'mobile' } } } },
      site: { type: 'object', properties: { address: { type: 'string', title: '地址' } } },
    });
    expect(parts.uiSchema).toMatchObject({
      workers: { items: { 'ui:order': ['name', 'mobile'], mobile: { 'ui:inputType': 'tel' } } },
      site: { 'ui:order': ['address'] },
    });
    const english = localizeSchema(parts.schema as RJSFSchema, parts.i18n) as { properties: Record<string, RJSFSchema> };
    expect((english.properties.workers!.items as RJSFSchema).properties!.name).toMatchObject({ title: 'Name' });
    expect(english.properties.site!.properties!.address).toMatchObject({ title: 'Address' });
    expect(validateFormData(parts.schema as RJSFSchema, { workers: [{ mobile: '13800138000' }] }, 'zh-CN').map((e) => e.path)).toEqual([
      '/workers/0/name',
    ]);
  });

  describe('a form built from nothing', () => {
    const urgent = { ...newField('yesNo', []), name: 'urgent', title: { 'zh-CN': '是否紧急', en: 'Urgent' } };
    const reason = {
      ...newField('longText', ['urgent']),
      name: 'reason',
      title: { 'zh-CN': '紧急原因', en: 'Why urgent' },
      required: true,
      condition: { field: 'urgent', equals: true },
    };
    const mobile = { ...newField('mobile', ['urgent', 'reason']), name: 'mobile', title: { 'zh-CN': '联系电话', en: 'Mobile' } };
    const amount = {
      ...newField('number', []),
      name: 'amount',
      title: { 'zh-CN': '缺口数量', en: 'Shortfall' },
      unit: { 'zh-CN': '吨', en: 't' },
      minimum: 0,
      maximum: 1000,
    };
    const form = { fields: [urgent, reason, mobile, amount], rootRest: { additionalProperties: false }, uiRootRest: {}, i18nRest: {} };
    const parts = formToParts(form);
    const schema = parts.schema as RJSFSchema;

    it('keeps ui:order in the order of the list, the conditional field included', () => {
      expect(parts.uiSchema['ui:order']).toEqual(['urgent', 'reason', 'mobile', 'amount']);
      expect(parts.uiSchema.reason).toEqual({ 'ui:widget': 'textarea' });
    });

    it('marks a new mobile field as personal data and writes units and English texts', () => {
      expect(schema.properties!.mobile).toMatchObject({ format: 'mobile-cn', 'x-personal': 'mobile' });
      expect(schema.properties!.amount).toMatchObject({ type: 'number', title: '缺口数量（吨）', minimum: 0, maximum: 1000 });
      expect(parts.i18n).toMatchObject({ '/amount': 'Shortfall (t)', '/urgent': 'Urgent', '/allOf/0/then/reason': 'Why urgent' });
      expect(localizeSchema(schema, parts.i18n).allOf).toMatchObject([{ then: { properties: { reason: { title: 'Why urgent' } } } }]);
    });

    it('shows the conditional field only when its condition holds', () => {
      const validator = formValidator();
      expect(Object.keys(retrieveSchema(validator, schema, schema, { urgent: false }).properties!)).not.toContain('reason');
      expect(Object.keys(retrieveSchema(validator, schema, schema, { urgent: true }).properties!)).toContain('reason');
    });

    it('validates the condition on the server: required when shown, no unknown keys', () => {
      expect(validateFormData(schema, { urgent: false }, 'zh-CN')).toEqual([]);
      expect(validateFormData(schema, { urgent: true }, 'en').map((e) => e.path)).toContain('/reason');
      expect(validateFormData(schema, { urgent: true, reason: '停工待料' }, 'zh-CN')).toEqual([]);
      expect(validateFormData(schema, { urgent: false, other: 'x' }, 'zh-CN')).not.toEqual([]);
    });

    it('writes a signature as an uploaded image the reader sees as a signature', () => {
      const signed = formToParts({ fields: [{ ...newField('signature', []), name: 'sign' }], rootRest: {}, uiRootRest: {}, i18nRest: {} });
      const sign = signed.schema.properties as Record<string, RJSFSchema>;
      expect(sign.sign).toEqual({ type: 'string', format: 'upload-ref', 'x-widget': 'signature' });
      const ref = 'upload:0b0c6a43-1e0f-4e5e-9d4b-3c7a1f2e9a10';
      expect(validateFormData(signed.schema as RJSFSchema, { sign: ref }, 'zh-CN')).toEqual([]);
      expect(presentValue(signed.schema as RJSFSchema, { sign: ref }, { locale: 'zh-CN' })).toMatchObject({
        kind: 'fields',
        fields: [{ key: 'sign', value: { kind: 'signature' } }],
      });
    });

    it('is a definition the server accepts', () => {
      const definition = {
        key: 'material-shortage',
        title: { 'zh-CN': '原材料短缺报告', en: 'Material shortage report' },
        description: { 'zh-CN': '', en: '' },
        audience: ['enterprise'],
        schema,
        uiSchema: parts.uiSchema,
        i18n: { en: parts.i18n },
        process: { processType: 'collection', params: {} },
      };
      expect(checkDefinition(definition).filter((p) => !p.path.startsWith('/process'))).toEqual([]);
    });

    it('reads what it wrote back into the same fields', () => {
      const again = schemaToForm(parts);
      const strip = (fields: BuilderField[]) => fields.map(({ id: _id, ...rest }) => rest);
      expect(strip(again.fields)).toEqual(strip(form.fields));
      expect(again.rootRest).toEqual({ additionalProperties: false });
    });
  });
});
