// The dashboard's tables on a phone: a list of records stacks into labelled cards as every other list does (its cells
// name their column), so a 390 px screen no longer squeezes enterprise names and statuses to one character per line;
// a table of figures keeps its columns (it scrolls sideways instead).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FigureTableData } from '#web/app/src/api/dashboard-api';
import { addZhCnMessages } from '#web/app/src/i18n/loaded-dictionaries';
import { dashboardZhCn } from '#web/app/src/i18n/messages/dashboard-messages';
import { chartOption } from '#web/app/src/pages/dashboard/chart-option';
import { FigureTableGrid } from '#web/app/src/pages/dashboard/figure-table-grid';

const RECORDS: FigureTableData = {
  key: 'difficulty-records',
  title: '困难问题明细',
  columns: [
    { key: 'enterprise', label: '企业', kind: 'text' },
    { key: 'status', label: '状态', kind: 'text' },
    { key: 'outcome', label: '办结方式', kind: 'text' },
  ],
  rows: [
    {
      cells: { enterprise: '济南城建集团有限公司', status: '已解决，待确认', outcome: '协调解决' },
      link: { kind: 'submission', id: 'a-1' },
    },
  ],
  total: 1,
};

const BY_RUNG: FigureTableData = {
  key: 'by-rung',
  title: '按办理层级',
  columns: [
    { key: 'rung', label: '层级', kind: 'text' },
    { key: 'open', label: '当前在办', kind: 'number' },
  ],
  rows: [{ cells: { rung: '待企业确认', open: 2 }, drill: { table: 'difficulty-records', column: 'rung', value: '待企业确认' } }],
  total: 1,
  chart: { type: 'bar', category: 'rung', series: ['open'] },
};

const BY_DAY: FigureTableData = {
  key: 'by-day',
  title: '按反映日期',
  columns: [
    { key: 'day', label: '日期', kind: 'date' },
    { key: 'reported', label: '反映', kind: 'number' },
  ],
  rows: [{ cells: { day: '2026-11-08', reported: 12000 } }, { cells: { day: '2026-11-09', reported: 0 } }],
  total: 2,
  chart: { type: 'line', category: 'day', series: ['reported'] },
};

const render = (table: FigureTableData) =>
  renderToStaticMarkup(
    createElement(FigureTableGrid, { table, rows: table.rows, drillable: table.rows.some((r) => r.drill), onDrill: () => undefined }),
  );

// The page's words come with its chunk, as dashboard-page.tsx adds them.
addZhCnMessages(dashboardZhCn);

describe('the dashboard tables on a phone', () => {
  it('stacks a list of records into cards whose every cell names its column', () => {
    const html = render(RECORDS);
    expect(html).toContain('class="table table--stack figure-table__table"');
    for (const label of ['企业', '状态', '办结方式']) expect(html).toContain(`data-label="${label}"`);
    expect(html).toContain('<a href="#/submissions/a-1">济南城建集团有限公司</a>');
  });

  it('keeps a table of figures as a table, its drill-down cell labelled too', () => {
    const html = render(BY_RUNG);
    expect(html).not.toContain('table--stack');
    expect(html).toContain('data-label="当前在办"');
    expect(html.match(/<td data-label="[^"]+"/g)).toEqual(['<td data-label="层级"', '<td data-label="当前在办"', '<td data-label="明细"']);
  });

  // The days of a period read as dates in the table and on the chart's axis, never as the API's 2026-11-08.
  it('writes each day of a table and of its chart as its reader does', () => {
    const html = render(BY_DAY);
    expect(html).toContain('2026年11月8日');
    expect(html).toContain('12,000');
    expect(html).not.toContain('2026-11-08');
    const axis = (locale: 'zh-CN' | 'en') => (chartOption(BY_DAY, locale)!.xAxis as { data: string[] }).data;
    expect(axis('zh-CN')).toEqual(['11月8日', '11月9日']);
    expect(axis('en')).toEqual(['8 Nov', '9 Nov']);
  });
});
