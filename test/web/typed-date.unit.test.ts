// Dates typed into a form's date field in zh-CN (web/app/src/form/typed-date.ts): read as the ISO date the form stores
// when they are whole dates, left as typed otherwise (for the validator to refuse), and read at once only when typing
// is plainly finished.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoDate, typedDate, typedDateComplete } from '#web/app/src/form/typed-date';

describe('a typed date', () => {
  it.each([
    ['2026-02-10', '2026-02-10'],
    ['20260210', '2026-02-10'],
    ['2026/2/10', '2026-02-10'],
    ['2026.2.1', '2026-02-01'],
    ['2026-2-9', '2026-02-09'],
    ['2026年2月10日', '2026-02-10'],
    [' 2026 年 12 月 4 日 ', '2026-12-04'],
    ['2026-02', '2026-02'],
    ['10/02/2026', '10/02/2026'],
    ['2026-02-10x', '2026-02-10x'],
    ['', ''],
  ])('%j reads as %j', (typed, stored) => {
    expect(typedDate(typed)).toBe(stored);
  });

  it.each([
    ['20260210', true],
    ['2026年2月10日', true],
    ['2026-1-1', false],
    ['2026年2月1', false],
    ['2026021', false],
  ])('%j is finished: %s', (typed, complete) => {
    expect(typedDateComplete(typed)).toBe(complete);
  });

  it('tells the stored form from others', () => {
    expect(isIsoDate('2026-02-10')).toBe(true);
    expect(['2026-2-10', '20260210', undefined, 20260210].map(isIsoDate)).toEqual([false, false, false, false]);
  });

  it.each([
    ['2026-02-10', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1', false],
    ['', false],
  ])('%j is a day a filter may ask for: %s', (text, day) => {
    expect(isCalendarDate(text)).toBe(day);
  });
});
