// The import page's CSV file is chosen with a worded button in the page's language: the browser's own file box (which
// says Choose File / No file chosen in the browser's language, English on a Chinese page) is hidden behind it.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { ImportPage } from '#web/app/src/pages/admin/import-page';

const WORDS = {
  'zh-CN': { choose: '选择 CSV 文件', none: '未选择文件' },
  en: { choose: 'Choose a CSV file', none: 'No file chosen yet' },
} as const;

describe.each(['zh-CN', 'en'] as const)('the import page’s file choice in %s', (locale) => {
  beforeAll(() => loadDictionary(locale));

  it('hides the browser’s file box behind a worded button and says no file is chosen', () => {
    const html = renderIn(createElement(ImportPage), locale);
    const input = html.match(/<input[^>]*type="file"[^>]*>/)?.[0] ?? '';
    expect(input).toContain('class="visually-hidden"');
    const id = input.match(/id="([^"]+)"/)![1]!;
    expect(html).toContain(`<label for="${id}" class="button button--quiet file-choose">${WORDS[locale].choose}</label>`);
    expect(html).toContain(`<span class="muted">${WORDS[locale].none}</span>`);
  });
});
