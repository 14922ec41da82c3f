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
});
