// A list's item titled by its number in words: rjsf's "<list title>-<n>" becomes "发现的问题（第 2 项）" or
// "Problems found, item 2"; a title that is not rjsf's numbering stays as written.
import { describe, expect, it } from 'vitest';
import { numberedItemTitle } from '#web/app/src/form/numbered-array-item';

describe('numberedItemTitle', () => {
  it.each([
    ['发现的问题-1', 0, 'zh-CN', '发现的问题（第 1 项）'],
    ['发现的问题-12', 11, 'zh-CN', '发现的问题（第 12 项）'],
    ['Problems found-2', 1, 'en', 'Problems found, item 2'],
  ] as const)('%s (index %i, %s) → %s', (title, index, locale, words) => {
    expect(numberedItemTitle(title, index, locale)).toBe(words);
  });

  it.each([
    ['问题', 0],
    // Another item's number, or the list title alone: not rjsf's numbering of this item.
    ['发现的问题-1', 1],
    ['-1', 0],
    ['COVID-19', 0],
  ] as const)('leaves %s (index %i) as written', (title, index) => {
    expect(numberedItemTitle(title, index, 'zh-CN')).toBe(title);
  });
});
