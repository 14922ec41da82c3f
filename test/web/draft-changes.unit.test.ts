// A draft is worth saving only once the person changed something: opening a form (which fills in the schema's
// defaults, such as the difficulty report's urgent: false), or typing into a field and clearing it again, is no change.
import { createElement } from 'react';
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import { readShippedForms } from '#forms/shipped-forms';
import { draftBaseline, draftChanged, withoutEmpty } from '#web/app/src/form/draft-changes';
import { SchemaForm } from '#web/app/src/form/schema-form';

const DIFFICULTY = readShippedForms().find((form) => form.key === 'difficulty-report')!.schema as RJSFSchema;

/** What the page's form reports when it opens on `formData`, before anyone touches it. */
function reportedOnOpening(schema: RJSFSchema, formData: unknown): unknown[] {
  const reports: unknown[] = [];
  const form = createElement(SchemaForm, {
    schema,
    formData,
    onChange: (data) => reports.push(data),
    onSubmit: async () => undefined,
    submitLabel: '提交',
    sendingLabel: '正在提交',
  });
  renderIn(form);
  return reports;
}

describe('a form left alone', () => {
  it('reports its defaults on opening, which are its initial state and no change', () => {
    const baseline = draftBaseline(DIFFICULTY);
    expect(baseline).toEqual({ urgent: false });
    const reports = reportedOnOpening(DIFFICULTY, {});
    expect(reports).toEqual([{ urgent: false }]);
    expect(draftChanged(baseline, reports[0])).toBe(false);
  });

  it.each(readShippedForms().map((form) => [form.key, form.schema as RJSFSchema] as const))(
    'makes no draft of %s opened empty',
    (_key, schema) => {
      const baseline = draftBaseline(schema);
      for (const report of reportedOnOpening(schema, {})) expect(draftChanged(baseline, report)).toBe(false);
    },
  );

  it('starts a resumed draft from its data with the defaults it lacked, so resuming saves nothing', () => {
    const stored = { category: 'funds', summary: '流动资金紧张' };
    const baseline = draftBaseline(DIFFICULTY, stored);
    expect(baseline).toEqual({ ...stored, urgent: false });
    for (const report of reportedOnOpening(DIFFICULTY, stored)) expect(draftChanged(baseline, report)).toBe(false);
  });
});

describe('what counts as a change', () => {
  const baseline = { urgent: false };
  it.each([
    ['a field typed into', { urgent: false, summary: '缺少口罩' }, true],
    ['a default changed', { urgent: true }, true],
    ['a choice made', { urgent: false, category: 'funds' }, true],
    ['an item added to a list', { urgent: false, contacts: [{}] }, true],
    ['a field typed into and cleared to an empty string', { urgent: false, summary: '' }, false],
    ['a field typed into and cleared to undefined', { urgent: false, summary: undefined }, false],
    ['a list emptied again', { urgent: false, contacts: [] }, false],
    ['a nested object left empty', { urgent: false, address: { street: '' } }, false],
    ['the same data in another key order', { summary: '缺少口罩', urgent: false }, false, { urgent: false, summary: '缺少口罩' }],
  ] as const)('%s', (_case, data, changed, reference: unknown = baseline) => {
    expect(draftChanged(reference, data)).toBe(changed);
  });

  it('drops only what holds nothing', () => {
    expect(withoutEmpty({ a: '', b: null, c: 0, d: false, e: [], f: { g: undefined }, h: ['', 'x'] })).toEqual({
      c: 0,
      d: false,
      h: [null, 'x'],
    });
    expect(withoutEmpty({})).toBeUndefined();
  });
});
