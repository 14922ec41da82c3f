import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { choiceTitle, fieldSchema, fieldTitle } from '#web/app/src/form/field-title';

const SCHEMA: RJSFSchema = {
  type: 'object',
  properties: {
    category: {
      type: 'string',
      title: '问题类别',
      oneOf: [
        { const: 'personnel_return', title: '人员返岗' },
        { const: 'materials', title: '生产生活物资' },
      ],
    },
    zones: { type: 'array', title: '区域', items: { type: 'string', anyOf: [{ const: 'work', title: '施工区' }] } },
    note: { type: 'string', title: '说明' },
  },
};

const BY_FEVER: RJSFSchema = { properties: { clinic: { type: 'string', title: '就诊医院' } }, required: ['clinic'] };

describe('a submitted value named for people', () => {
  it.each([
    ['a single choice', ['category'], 'materials', '生产生活物资'],
    ['an item of a multiple choice', ['zones', '0'], 'work', '施工区'],
    ['a value the options do not list', ['category'], 'unknown', undefined],
    ['a field without options', ['note'], 'materials', undefined],
    ['a field the schema does not describe', ['missing'], 'materials', undefined],
  ])('%s', (_case, segments, value, title) => {
    expect(choiceTitle(fieldSchema(SCHEMA, segments), value)).toBe(title);
  });

  it('titles the path of a nested value', () => {
    expect(fieldTitle(SCHEMA, ['zones', '0'])).toBe('区域 › #1');
  });

  it('titles a conditional field the schema declares in a branch, in the root or in a repeating group’s item', () => {
    const conditional: RJSFSchema = {
      type: 'object',
      properties: { workers: { type: 'array', title: '返岗人员', items: { type: 'object', dependencies: { fever: BY_FEVER } } } },
      allOf: [{ if: { required: ['field3'] }, then: { properties: { field4: { type: 'string', title: '急需原因' } } } }],
    };
    expect(fieldTitle(conditional, ['field4'])).toBe('急需原因');
    expect(fieldTitle(conditional, ['workers', '1', 'clinic'])).toBe('返岗人员 › #2 › 就诊医院');
    expect(fieldSchema(conditional, ['field4'])).toEqual({ type: 'string', title: '急需原因' });
  });
});
