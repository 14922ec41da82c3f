// A group of figures rendered from its data alone: headline cards, then each table with its chart and exports.
import { useState } from 'react';
import type { DateRange, FigureGroupData, FigureRowData } from '../../api/dashboard-api';
import { useI18n } from '../../i18n/use-i18n';
import { FigureTableView, type Drill } from './figure-table-view';

/** One group's section of the dashboard. */
export function FigureGroupView({ group, range }: { group: FigureGroupData; range: DateRange }) {
  const { t, locale } = useI18n();
  const [drill, setDrill] = useState<Drill | null>(null);
  const headingId = `figure-group-${group.key}`;
  const onDrill = (target: FigureRowData['drill'] | null) => {
    if (!target) return setDrill(null);
    const columnLabel =
      group.tables.find((table) => table.key === target.table)?.columns.find((column) => column.key === target.column)?.label ??
      target.column;
    setDrill({ ...target, columnLabel });
  };
  return (
    <section className="section figure-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.title}</h2>
      {group.note && <p className="muted">{group.note}</p>}
      {!group.dated && !group.note && <p className="muted">{t('dashboard.undated')}</p>}
      <ul className="figure-cards">
        {group.totals.map((total) => (
          <li key={total.key} className="figure-card">
            <span className="figure-card__value">{total.value.toLocaleString(locale)}</span>
            <span className="figure-card__label">{total.label}</span>
          </li>
        ))}
      </ul>
      {group.tables.map((table) => (
        <FigureTableView key={table.key} groupKey={group.key} table={table} range={range} drill={drill} onDrill={onDrill} />
      ))}
    </section>
  );
}
