// The compliance grid's day columns are headed as people write a date (12月6日 / 6 Dec), not as the API's MM-DD
// ("12-06"), and a day of another year than this one carries its year.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceAnswer } from '#core/api/collection-types';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { ComplianceGrid } from '#web/app/src/pages/collection/compliance-grid';
import { reportingToday } from '#web/app/src/format/reporting-today';
import { textIn } from '../helpers/render-in-locale';

beforeAll(() => loadDictionary('en'));

/** A grid of one enterprise over `dates`. */
function grid(dates: string[]): ComplianceAnswer {
  return {
    forms: [{ key: 'daily-report', title: { 'zh-CN': '每日报告', en: 'Daily report' }, recurrence: 'daily' }],
    formKey: 'daily-report',
    from: dates[0]!,
    to: dates.at(-1)!,
    columns: dates.map((date) => ({ key: date, date, roundId: null, deadlineAt: null })),
    rows: [
      {
        enterpriseId: 1,
        name: '示范建设有限公司',
        cadre: '张干部',
        cells: dates.map(() => ({ status: 'not_required', submissionId: null, amendments: 0, escalatedTo: null })),
      },
    ],
    totalEnterprises: 1,
    cadres: [],
    page: { limit: 200, offset: 0, total: 1 },
  };
}

describe('the compliance grid’s day columns', () => {
  const year = Number(reportingToday().slice(0, 4));
  const thisYear = [`${year}-03-05`, `${year}-03-06`];

  it('read 3月5日 / 5 Mar, not the API’s 03-05', () => {
    const zh = textIn(createElement(ComplianceGrid, { data: grid(thisYear) }), 'zh-CN');
    expect(zh).toContain('3月5日');
    expect(zh).toContain('3月6日');
    expect(zh).not.toContain('03-05');
    const en = textIn(createElement(ComplianceGrid, { data: grid(thisYear) }), 'en');
    expect(en).toContain('5 Mar');
    expect(en).not.toContain('03-05');
    expect(en).toContain('6 Mar');
  });

  it('name the year of a day in another year than this one', () => {
    const lastYear = [`${year - 1}-12-31`, `${year}-01-01`];
    const zh = textIn(createElement(ComplianceGrid, { data: grid(lastYear) }), 'zh-CN');
    expect(zh).toContain(`${year - 1}年12月31日`);
    expect(zh).toContain(' 1月1日 ');
    expect(zh).not.toContain(`${year}年1月1日`);
    const en = textIn(createElement(ComplianceGrid, { data: grid(lastYear) }), 'en');
    expect(en).toContain(`31 Dec ${year - 1}`);
  });
});
