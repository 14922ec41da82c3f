// The import page names an enumerated column's values as a city's spreadsheet holds them, and a problem's column by
// the header the file used.
import { createElement, type ReactElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { Locale } from '#core/domain/locale';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { ImportColumnTable } from '#web/app/src/pages/admin/import-column-table';
import { ImportReportView } from '#web/app/src/pages/admin/import-report-view';

const render = (locale: Locale, element: ReactElement) => renderIn(element, locale);

const EXPECTED = {
  'zh-CN': { types: '施工企业、工程总承包企业、监理企业、政府投资平台', statuses: '已开工、具备开工条件、延期开工' },
  en: {
    types: 'Construction enterprise, General contracting enterprise, Supervision enterprise, Government investment platform',
    statuses: 'Started, Ready to start, Delayed',
  },
} as const;

describe.each(['zh-CN', 'en'] as const)('the import page in %s', (locale) => {
  beforeAll(() => loadDictionary(locale));

  it('lists an enterprise type’s accepted values by their names, not as code', () => {
    const html = render(locale, createElement(ImportColumnTable, { kind: 'enterprises' }));
    expect(html).toContain(`<p>${EXPECTED[locale].types}</p>`);
    expect(html).not.toContain('<code>construction</code>');
    expect(html).toContain(`<p class="muted">${translate(locale, 'import.values.otherNames')}</p>`);
  });

  it('heads its columns alike, the required one included', () => {
    const html = render(locale, createElement(ImportColumnTable, { kind: 'enterprises' }));
    const heads = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((match) => match[1]!);
    expect(heads).toEqual(
      locale === 'en'
        ? ['Column', 'Chinese header (also accepted)', 'Required', 'Values']
        : ['列名', '中文列名（也可使用）', '必填', '填写要求'],
    );
    // On a phone each cell is labelled with its head: the same word.
    expect(html).toContain(`data-label="${heads[2]}"`);
    expect(html).not.toContain('data-label="required"');
  });

  it('lists a project status’s accepted values by their names', () => {
    expect(render(locale, createElement(ImportColumnTable, { kind: 'projects' }))).toContain(`<p>${EXPECTED[locale].statuses}</p>`);
  });

  it('names a problem’s column by the header the file used', () => {
    const report = {
      kind: 'enterprises' as const,
      dryRun: true,
      total: 3,
      written: false,
      created: 0,
      updated: 0,
      errors: [{ line: 3, column: 'liaison_mobile', header: '手机', message: '请填写11位手机号码' }],
    };
    const html = render(locale, createElement(ImportReportView, { report }));
    expect(html).toMatch(/<td[^>]*>3<\/td><td[^>]*>手机<\/td><td[^>]*>请填写11位手机号码<\/td>/);
  });
});
