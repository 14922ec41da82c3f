// The ECharts option of a figure table: its chart hint says which column names the categories and which are series.
import { localDateText } from '#core/domain/local-date-text';
import type { Locale } from '#core/domain/locale';
import type { FigureTableData } from '../../api/dashboard-api';

/** The option object for `echarts.setOption`, or null when the table has no chart. */
export function chartOption(table: FigureTableData, locale: Locale): Record<string, unknown> | null {
  const chart = table.chart;
  if (!chart) return null;
  const label = (key: string) => table.columns.find((column) => column.key === key)?.label ?? key;
  const dated = table.columns.find((column) => column.key === chart.category)?.kind === 'date';
  const categories = table.rows.map((row) => {
    const value = String(row.cells[chart.category] ?? '');
    return dated ? localDateText(value, locale, 'short') : value; // 11月8日 / 8 Nov
  });
  const values = (key: string) => table.rows.map((row) => Number(row.cells[key] ?? 0));
  if (chart.type === 'pie') {
    const [first] = chart.series;
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          name: label(first ?? ''),
          data: categories.map((name, i) => ({ name, value: values(first ?? '')[i] })),
        },
      ],
    };
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: chart.series.map((key) => ({
      type: chart.type,
      name: label(key),
      data: values(key),
      stack: chart.stacked ? 'total' : undefined,
      smooth: chart.type === 'line',
    })),
  };
}
