// The weights editor's form pickers: forms offered by title in the reader's language, a stored key no offered form
// has kept and marked until removed, ticks that add and remove keys, and the server's problems found by key.
import type { ErrorSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { errorsByKey, toggledForms, unknownForms, weightFormOptions } from '#web/app/src/pages/evaluation/weight-form-options';

const CHOICES = [
  { key: 'difficulty-report', title: { 'zh-CN': '企业困难诉求', en: 'Enterprise difficulty' }, retired: false },
  { key: 'epidemic-supplies', title: { 'zh-CN': '防疫物资需求登记', en: 'Epidemic supplies request' }, retired: true },
  { key: 'untitled', title: { 'zh-CN': '', en: '' }, retired: false },
];

describe('weights form pickers', () => {
  it('offers the forms by title in the reader’s language, in title order, retired ones flagged', () => {
    expect(weightFormOptions(CHOICES, 'en')).toEqual([
      { key: 'difficulty-report', label: 'Enterprise difficulty', retired: false },
      { key: 'epidemic-supplies', label: 'Epidemic supplies request', retired: true },
      { key: 'untitled', label: 'untitled', retired: false },
    ]);
    expect(weightFormOptions(CHOICES, 'zh-CN').map((option) => option.label)).toContain('防疫物资需求登记');
  });

  it('falls back to the Chinese title when the English one is blank', () => {
    const [option] = weightFormOptions([{ key: 'x', title: { 'zh-CN': '登记', en: '' }, retired: false }], 'en');
    expect(option!.label).toBe('登记');
  });

  it('keeps a stored key no offered form has, with its place, until it is removed', () => {
    const options = weightFormOptions(CHOICES, 'zh-CN');
    const values = ['difficulty-report', 'epidemic-suplies'];
    expect(unknownForms(values, options)).toEqual([{ key: 'epidemic-suplies', index: 1 }]);
    const removed = toggledForms(values, 'epidemic-suplies', false);
    expect(removed).toEqual(['difficulty-report']);
    expect(unknownForms(removed, options)).toEqual([]);
  });

  it('adds a ticked form last and once, and removes an unticked one', () => {
    expect(toggledForms(['difficulty-report'], 'epidemic-supplies', true)).toEqual(['difficulty-report', 'epidemic-supplies']);
    expect(toggledForms(['difficulty-report'], 'difficulty-report', true)).toEqual(['difficulty-report']);
    expect(toggledForms(['difficulty-report', 'epidemic-supplies'], 'difficulty-report', false)).toEqual(['epidemic-supplies']);
  });

  it('finds the server’s problem with an item by the key at that place', () => {
    const errorSchema = { 1: { __errors: ['没有标识为“epidemic-suplies”的表单'] } } as unknown as ErrorSchema;
    expect(errorsByKey(['difficulty-report', 'epidemic-suplies'], errorSchema)).toEqual(
      new Map([['epidemic-suplies', ['没有标识为“epidemic-suplies”的表单']]]),
    );
    expect(errorsByKey(['difficulty-report'], undefined)).toEqual(new Map());
  });
});
