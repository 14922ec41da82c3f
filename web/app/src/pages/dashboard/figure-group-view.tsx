// A group of figures rendered from its data alone, as a collapsible section: headline cards, then each table with
// its chart and exports (the tables themselves open on demand, see FigureTableView).
import { useState } from 'react';
import type { DateRange, FigureGroupData, FigureRowData } from '../../api/dashboard-api';
import { Disclosure } from '../../components/disclosure';
import { formatDate } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { FigureTableView, type Drill } from './figure-table-view';

/** Props of FigureGroupView. */
export interface FigureGroupViewProps {
  group: FigureGroupData;
  range: DateRange;
  /** Whether the section starts open (a fresh install starts with every section closed). */
  defaultOpen: boolean;
}

/** One group's section of the dashboard. */
export function FigureGroupView({ group, range, defaultOpen }: FigureGroupViewProps) {
  const { t, locale } = useI18n();
  const [drill, setDrill] = useState<Drill | null>(null);
  const onDrill = (target: FigureRowData['drill'] | null) => {
    if (!target) return setDrill(null);
    const column = group.tables.find((table) => table.key === target.table)?.columns.find((c) => c.key === target.column);
    const value = String(target.value ?? '—');
    setDrill({
      ...target,
      columnLabel: column?.label ?? target.column,
      valueText: column?.kind === 'date' ? formatDate(value, locale) : value,
    });
  };
  return (
    <Disclosure id={`figure-group-${group.key}`} heading={group.title} level={2} defaultOpen={defaultOpen} className="section figure-group">
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
    </Disclosure>
  );
}
