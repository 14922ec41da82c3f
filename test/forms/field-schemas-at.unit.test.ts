// A field is named by its title wherever the schema declares it: in `properties`, or in a branch that shows it under a
// condition (the builder's `allOf[].if/then`, `dependencies`), in the root, a nested object or a repeating group's item.
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { fieldSchemasAt, fieldTitleAt } from '#forms/field-schemas-at';
import { localizeSchema } from '#forms/form-definition';

const URGENT_REASON: RJSFSchema = {
  if: { properties: { field3: { const: true } }, required: ['field3'] },
  then: { properties: { field4: { type: 'string', title: '急需原因' } }, required: ['field4'] },
};

const SCHEMA: RJSFSchema = {
  type: 'object',
  properties: {
    field3: { type: 'boolean', title: '是否急需' },
    site: {
      type: 'object',
      title: '工地',
      properties: { closed: { type: 'boolean', title: '是否停工' } },
      allOf: [{ if: { properties: { closed: { const: true } } }, else: { properties: { opened: { type: 'string', title: '开工日期' } } } }],
    },
    workers: {
      type: 'array',
      title: '返岗人员',
      items: {
        type: 'object',
        properties: { name: { type: 'string', title: '姓名' }, fever: { type: 'boolean', title: '是否发热' } },
        dependencies: { fever: { properties: { clinic: { type: 'string', title: '就诊医院' } }, required: ['clinic'] } },
      },
    },
    shift: {
      title: '班次',
      oneOf: [
        { type: 'object', properties: { day: { type: 'string', title: '白班' } } },
        { type: 'object', properties: { night: { type: 'string', title: '夜班' } } },
      ],
    },
  },
  allOf: [URGENT_REASON],
  dependencies: { permit: { properties: { permitNo: { type: 'string', title: '许可证号' } }, required: ['permitNo'] } },
};

describe('a field’s title, wherever the schema declares it', () => {
  it.each([
    ['a field of the root', ['field3'], '是否急需'],
    ['a conditional field in the root’s allOf if/then', ['field4'], '急需原因'],
    ['a field shown by a schema dependency', ['permitNo'], '许可证号'],
    ['a field of a nested object', ['site', 'closed'], '是否停工'],
    ['a nested object’s conditional field (if/else)', ['site', 'opened'], '开工日期'],
    ['a field of a repeating group’s item', ['workers', '2', 'name'], '姓名'],
    ['a repeating group item’s conditional field (dependencies)', ['workers', '0', 'clinic'], '就诊医院'],
    ['a field of one of several shapes (oneOf)', ['shift', 'night'], '夜班'],
  ])('%s', (_case, segments, title) => {
    expect(fieldTitleAt(SCHEMA, segments)).toBe(title);
  });

  it.each([
    ['a key the schema does not declare', ['field9']],
    ['an object’s own prototype, not a field', ['__proto__']],
    ['a property of a condition’s `if` only', ['closed']],
  ])('says nothing for %s', (_case, segments) => {
    expect(fieldTitleAt(SCHEMA, segments)).toBeUndefined();
    expect(fieldSchemasAt(SCHEMA, segments)).toEqual([]);
  });

  it('prefers the title of the plain declaration, and still finds the branch that titles an untitled one', () => {
    const twice: RJSFSchema = {
      type: 'object',
      properties: { a: { type: 'string', title: '甲' }, b: { type: 'string' } },
      allOf: [{ then: { properties: { a: { title: '乙' }, b: { minLength: 2, title: '丙' } } } }],
    };
    expect(fieldTitleAt(twice, ['a'])).toBe('甲');
    expect(fieldTitleAt(twice, ['b'])).toBe('丙');
    expect(fieldSchemasAt(twice, ['b'])).toEqual([{ type: 'string' }, { minLength: 2, title: '丙' }]);
  });

  it('reads the English title of a conditional field, written at its branch or by its name', () => {
    for (const pointer of ['/allOf/0/then/field4', '/field4']) {
      const english = localizeSchema(SCHEMA, { [pointer]: 'Reason', '/workers/items/clinic': 'Clinic' });
      expect(fieldTitleAt(english, ['field4'])).toBe('Reason');
      expect(fieldTitleAt(english, ['workers', '0', 'clinic'])).toBe('Clinic');
    }
    expect(fieldTitleAt(SCHEMA, ['field4'])).toBe('急需原因');
  });
});
