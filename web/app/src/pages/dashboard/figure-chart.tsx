// One chart per figure table, drawn by ECharts (only the core, the bar/line/pie charts and the SVG renderer are
// bundled, and only into the dashboard's chunk). The chart repeats the table below it, which screen readers use.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { FigureTableData } from '../../api/dashboard-api';
import { useI18n } from '../../i18n/use-i18n';
import { chartOption } from './chart-option';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The chart of `table`, resized with its box and disposed when it leaves. */
export function FigureChart({ table }: { table: FigureTableData }) {
  const { t, locale } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const option = chartOption(table, locale);
    if (!box.current || !option) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [table, locale]);
  return <div ref={box} className="figure-chart" role="img" aria-label={t('dashboard.chartOf', { title: table.title })} />;
}
