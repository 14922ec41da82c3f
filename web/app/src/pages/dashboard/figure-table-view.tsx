// One table of figures: title, exports, chart, and the table with links to records and drill-down buttons. Tables
// open on demand: record lists always, a table drawn as a chart too (the chart shows it; the table gives the numbers).
import { useEffect, useId, useRef, useState } from 'react';
import { dashboardApi, type DateRange, type FigureRowData, type FigureTableData } from '../../api/dashboard-api';
import { punctuation } from '../../i18n/punctuation';
import { useI18n } from '../../i18n/use-i18n';
import { SideScroll } from '../../components/side-scroll';
import { FigureChart } from './figure-chart';
import { FigureTableGrid } from './figure-table-grid';

/** A drill-down in force: the records table narrowed to rows whose `column` holds `value`. */
export interface Drill {
  table: string;
  column: string;
  value: string | number | null;
  columnLabel: string;
  /** The value as the reader writes it (a day as 2026年11月8日). */
  valueText: string;
}

/** Props of FigureTableView. */
export interface FigureTableViewProps {
  groupKey: string;
  table: FigureTableData;
  range: DateRange;
  drill: Drill | null;
  onDrill: (target: FigureRowData['drill'] | null) => void;
}

/** The table; rows narrowed by `drill` when it targets this table. */
export function FigureTableView({ groupKey, table, range, drill, onDrill }: FigureTableViewProps) {
  const { t, locale } = useI18n();
  const { colon } = punctuation(locale);
  const heading = useRef<HTMLHeadingElement>(null);
  const mine = drill?.table === table.key ? drill : null;
  const rows = mine ? table.rows.filter((row) => row.cells[mine.column] === mine.value) : table.rows;
  const headingId = `figure-${groupKey}-${table.key}`;
  const bodyId = useId();
  // A chart of nothing but zeros is a blank frame: say so in a line instead.
  const allZero = table.rows.every((row) => (table.chart?.series ?? []).every((key) => !row.cells[key]));
  const charted = Boolean(table.chart) && table.rows.length > 0 && !allZero;
  const records = table.rows.some((row) => row.link);
  const [shown, setShown] = useState(!table.chart && !records);
  useEffect(() => {
    // A drill-down opens the records it narrows to, and takes the reader there.
    if (!mine) return;
    setShown(true);
    heading.current?.focus();
  }, [mine]);
  const drillable = table.rows.some((row) => row.drill);
  return (
    <section className="figure-table" aria-labelledby={headingId}>
      <div className="figure-table__head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {table.title}
        </h3>
        <p className="figure-table__exports">
          <a className="button button--quiet" href={dashboardApi.exportHref('csv', range, locale, groupKey, table.key)} download>
            {t('dashboard.exportCsv')}
            <span className="visually-hidden">
              {colon}
              {table.title}
            </span>
          </a>
          <a className="button button--quiet" href={dashboardApi.exportHref('xlsx', range, locale, groupKey, table.key)} download>
            {t('dashboard.exportXlsx')}
            <span className="visually-hidden">
              {colon}
              {table.title}
            </span>
          </a>
        </p>
      </div>
      {charted && <FigureChart table={table} />}
      {table.chart && table.rows.length > 0 && allZero && <p className="muted">{t('dashboard.allZero')}</p>}
      <div aria-live="polite">
        {mine && (
          <p className="figure-table__drill">
            {t('dashboard.drilled', { column: mine.columnLabel, value: mine.valueText, count: rows.length })}{' '}
            <button type="button" className="button button--quiet" onClick={() => onDrill(null)}>
              {t('dashboard.drillClear')}
            </button>
          </p>
        )}
      </div>
      {table.total > table.rows.length && (
        <p className="muted">{t('dashboard.capped', { shown: table.rows.length, total: table.total })}</p>
      )}
      {rows.length > 0 && (table.chart || records) && (
        <p>
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={shown}
            aria-controls={bodyId}
            onClick={() => setShown(!shown)}
          >
            {t(shown ? 'dashboard.hideTable' : records ? 'dashboard.showRecords' : 'dashboard.showTable', { count: rows.length })}
            <span className="visually-hidden">
              {colon}
              {table.title}
            </span>
          </button>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('dashboard.tableEmpty')}</p>
      ) : (
        <div id={bodyId} hidden={!shown}>
          {/* On a phone most tables of figures are wider than the screen: say so rather than cut columns off. */}
          {shown && (
            <SideScroll className="table-wrap" label={table.title}>
              <FigureTableGrid table={table} rows={rows} drillable={drillable} onDrill={onDrill} />
            </SideScroll>
          )}
        </div>
      )}
    </section>
  );
}
