// The daily report's epidemic-prevention stock (003: masks, disinfectant, thermometers; 防控物资保障) is required of
// every report and must be a whole number of at least 0 — refused on its own field, in the reader's language, by the
// validator the browser and the server share. (Their totals on the daily bulletin: test/collections/daily-round.test.ts.)
import { describe, expect, it } from 'vitest';
import { localizeSchema } from '#forms/form-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { validateFormData } from '#forms/form-validator';

const DAILY = readShippedForms().find((form) => form.key === 'daily-report')!;
const VALID = {
  projectsStarted: 2,
  projectsReady: 1,
  projectsDelayed: 0,
  workersOnSite: 120,
  returnedToday: 8,
  awaitingReturn: 15,
  masks: 3000,
  disinfectant: 40,
  thermometers: 12,
};
const errorsOf = (data: Record<string, unknown>, locale: 'zh-CN' | 'en') => {
  const schema = locale === 'en' ? localizeSchema(DAILY.schema, DAILY.i18n?.en ?? {}) : DAILY.schema;
  return validateFormData(schema, data, locale).map((error) => [error.path, error.message]);
};

describe('daily report epidemic-prevention stock', () => {
  it('accepts a report with the three stock counts', () => {
    expect(errorsOf(VALID, 'zh-CN')).toEqual([]);
    expect(errorsOf({ ...VALID, masks: 0, disinfectant: 0, thermometers: 0 }, 'zh-CN')).toEqual([]);
  });

  it.each([
    ['a missing count', { masks: undefined }, '/masks', '请填写「口罩库存（只）」', 'Enter “Masks in stock”'],
    ['a negative count', { disinfectant: -1 }, '/disinfectant', '不能小于 0', 'Must be at least 0'],
    ['a fraction', { thermometers: 1.5 }, '/thermometers', '请填写整数', 'Enter a whole number'],
    ['text', { masks: '三千' }, '/masks', '请填写整数', 'Enter a whole number'],
  ])('refuses %s on its field, in both languages', (_what, change, path, zh, en) => {
    const data = { ...VALID, ...change };
    expect(errorsOf(data, 'zh-CN')).toEqual([[path, zh]]);
    expect(errorsOf(data, 'en')).toEqual([[path, en]]);
  });
});
