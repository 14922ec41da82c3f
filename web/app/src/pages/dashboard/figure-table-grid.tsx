// The table of a figure table: a header row, then its rows with links to records and drill-down buttons. Records stack
// into labelled cards on a phone, as every other list of records does (`table--stack` reads each cell's `data-label`);
// a table of figures keeps its columns and scrolls sideways (dashboard.css).
import type { FigureRowData, FigureTableData } from '../../api/dashboard-api';
import type { Locale } from '#core/domain/locale';
import { formatDate } from '../../format/format-date-time';
import { punctuation } from '../../i18n/punctuation';
import { useI18n } from '../../i18n/use-i18n';
import { figureLinkHref } from './figure-link-href';

/** Props of FigureTableGrid: the table, the rows to show (a drill-down may narrow them), and where a drill goes. */
export interface FigureTableGridProps {
  table: FigureTableData;
  rows: readonly FigureRowData[];
  drillable: boolean;
  onDrill: (target: FigureRowData['drill'] | null) => void;
}

/** A cell as its reader writes it: numbers grouped, a day ("2026-11-08") as 2026年11月8日 / 8 Nov 2026. */
function Cell({ value, kind, locale }: { value: FigureRowData['cells'][string] | undefined; kind: string; locale: Locale }) {
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  if (typeof value === 'number') return <>{value.toLocaleString(locale)}</>;
  return <>{kind === 'date' ? formatDate(value, locale) : value}</>;
}

/** The `<table>` of a figure table. */
export function FigureTableGrid({ table, rows, drillable, onDrill }: FigureTableGridProps) {
  const { t, locale } = useI18n();
  const { colon } = punctuation(locale);
  const records = table.rows.some((row) => row.link);
  const [first] = table.columns;
  const numeric = (kind: string) => (kind === 'number' ? 'figure-table__number' : undefined);
  return (
    <table className={records ? 'table table--stack figure-table__table' : 'table figure-table__table'}>
      <caption className="visually-hidden">{table.title}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column.key} scope="col" className={numeric(column.kind)}>
              {column.label}
            </th>
          ))}
          {drillable && (
            <th scope="col">
              <span className="visually-hidden">{t('dashboard.drillColumn')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {table.columns.map((column) => (
              <td key={column.key} data-label={column.label} className={numeric(column.kind)}>
                {row.link && column === first ? (
                  <a href={figureLinkHref(row.link)}>
                    <Cell value={row.cells[column.key]} kind={column.kind} locale={locale} />
                  </a>
                ) : (
                  <Cell value={row.cells[column.key]} kind={column.kind} locale={locale} />
                )}
              </td>
            ))}
            {drillable && (
              <td data-label={t('dashboard.drillColumn')}>
                {row.drill && (
                  <button type="button" className="link-button" onClick={() => onDrill(row.drill)}>
                    {t('dashboard.drill')}
                    <span className="visually-hidden">
                      {colon}
                      {String(row.cells[first?.key ?? ''] ?? '')}
                    </span>
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
