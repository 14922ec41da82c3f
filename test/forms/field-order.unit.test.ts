// The order a reader meets a record's fields in is the order the form showed them: a field shown under a condition
// sits where the form put it, not after every other field.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { fieldOrder } from '#forms/present/field-order';

const CITY = { type: 'string', title: '来自哪个城市' } as const;

/** As the form builder writes it: the conditional field under the root's allOf, placed by the root's ui:order. */
const BUILDER_FORM = Object.freeze({
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', title: '姓名' },
      travelled: { type: 'string', title: '是否外地返回', enum: ['yes', 'no'] },
      companions: { type: 'array', title: '同行人员', items: { type: 'object', properties: { who: { type: 'string' } } } },
      note: { type: 'string', title: '备注' },
    },
    allOf: [{ if: { properties: { travelled: { const: 'yes' } }, required: ['travelled'] }, then: { properties: { city: CITY } } }],
  } as RJSFSchema,
  uiSchema: { 'ui:order': ['name', 'travelled', 'city', 'companions', 'note'] } as UiSchema,
});

describe('field order', () => {
  it.each([
    ['the builder’s ui:order, with the conditional field where it put it', BUILDER_FORM.schema, BUILDER_FORM.uiSchema],
    ['no uiSchema: the conditional field right after the field its condition reads', BUILDER_FORM.schema, undefined],
    [
      'dependencies: the dependent field right after the one it depends on',
      {
        type: 'object',
        properties: BUILDER_FORM.schema.properties,
        dependencies: { travelled: { properties: { city: CITY } } },
      } as RJSFSchema,
      undefined,
    ],
  ])('%s', (_, schema, uiSchema) => {
    expect(fieldOrder(schema, uiSchema)).toEqual(['name', 'travelled', 'city', 'companions', 'note']);
  });

  it('reads ui:order’s * as every field it does not name, in the schema’s order', () => {
    expect(fieldOrder(BUILDER_FORM.schema, { 'ui:order': ['note', '*', 'name'] })).toEqual([
      'note',
      'travelled',
      'city',
      'companions',
      'name',
    ]);
  });

  it('puts the fields ui:order leaves out after the ones it names, and ignores names the schema lacks', () => {
    expect(fieldOrder(BUILDER_FORM.schema, { 'ui:order': ['gone', 'companions', 'name'] })).toEqual([
      'companions',
      'name',
      'travelled',
      'city',
      'note',
    ]);
  });

  it('puts a field whose condition reads no field of this level after the declared ones', () => {
    const schema: RJSFSchema = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      allOf: [{ if: { properties: { elsewhere: { const: 1 } } }, then: { properties: { c: { type: 'string' } } } }],
    };
    expect(fieldOrder(schema)).toEqual(['a', 'b', 'c']);
  });
});
