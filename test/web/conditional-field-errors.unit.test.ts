// An enterprise ticks 是否急需, leaves 急需原因 empty and submits: the builder keeps 急需原因 in the root's
// `allOf[].if/then`, outside `properties`. The message at the field and the error summary name it by its title in the
// reader's language, as for any required field, and never by its key `field4`.
import type { RJSFSchema } from '@rjsf/utils';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { Locale } from '#core/domain/locale';
import { localizeSchema } from '#forms/form-definition';
import { formValidator } from '#forms/form-validator';
import { messagesTransformer } from '#forms/localize-validation-errors';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { FormErrorSummary } from '#web/app/src/pages/form-error-summary';

const SCHEMA: RJSFSchema = Object.freeze({
  type: 'object',
  required: ['field1'],
  properties: {
    field1: { type: 'string', title: '企业名称' },
    field3: { type: 'boolean', title: '是否急需' },
    workers: {
      type: 'array',
      title: '返岗人员',
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', title: '姓名' }, fever: { type: 'boolean', title: '是否发热' } },
        dependencies: { fever: { properties: { clinic: { type: 'string', title: '就诊医院' } }, required: ['clinic'] } },
      },
    },
  },
  allOf: [
    {
      if: { properties: { field3: { const: true } }, required: ['field3'] },
      then: { properties: { field4: { type: 'string', title: '急需原因' } }, required: ['field4'] },
    },
  ],
});
const ENGLISH = {
  '/field1': 'Enterprise',
  '/field3': 'Urgent',
  '/allOf/0/then/field4': 'Reason',
  '/workers': 'Workers back',
  '/workers/items/name': 'Name',
  '/workers/items/clinic': 'Clinic',
};
const DATA = { field1: '闽江建工', field3: true, workers: [{ name: '王建国' }, { fever: true }] };

// The schema the reader sees, as the fill page and the admin preview give it to rjsf.
const shown = (locale: Locale) => (locale === 'en' ? localizeSchema(SCHEMA, ENGLISH) : SCHEMA);

function validated(locale: Locale) {
  const schema = shown(locale);
  return formValidator().validateFormData(DATA, schema, undefined, messagesTransformer(schema, locale));
}

// zh-CN, en: what the field says, at field4 and at the second worker's missing name and clinic.
const EXPECTED = {
  'zh-CN': { field4: '请填写「急需原因」', name: '请填写「姓名」', clinic: '请填写「就诊医院」' },
  en: { field4: 'Enter “Reason”', name: 'Enter “Name”', clinic: 'Enter “Clinic”' },
} as const;

describe.each(['zh-CN', 'en'] as const)('a conditional required field left empty, in %s', (locale) => {
  const expected = EXPECTED[locale];
  beforeAll(() => loadDictionary(locale));

  it('is named by its title in the errors rjsf reports', () => {
    const { errors } = validated(locale);
    expect(errors.map((error) => [error.property, error.message, error.stack])).toEqual([
      ['field4', expected.field4, expected.field4],
      ['.workers.1.name', expected.name, expected.name],
      ['.workers.1.clinic', expected.clinic, expected.clinic],
    ]);
  });

  it('is named by its title in the message shown at the field', () => {
    const { errorSchema } = validated(locale);
    expect(errorSchema).toEqual({
      field4: { __errors: [expected.field4] },
      workers: { 1: { name: { __errors: [expected.name] }, clinic: { __errors: [expected.clinic] } } },
    });
  });

  it('is named by its title in the error summary, never by its key', () => {
    const { errors } = validated(locale);
    const problems = errors.map((error) => ({ segments: (error.property ?? '').split('.').filter(Boolean), message: error.message! }));
    const html = renderIn(createElement(FormErrorSummary, { problems, schema: shown(locale) }), locale);
    const items = [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1]);
    const colon = locale === 'en' ? ': ' : '：';
    const worker = locale === 'en' ? 'Workers back › #2' : '返岗人员 › #2';
    expect(items).toEqual([
      expected.field4,
      `${worker} › ${locale === 'en' ? 'Name' : '姓名'}${colon}${expected.name}`,
      `${worker} › ${locale === 'en' ? 'Clinic' : '就诊医院'}${colon}${expected.clinic}`,
    ]);
    expect(html).not.toMatch(/field4|clinic\b/);
  });
});
