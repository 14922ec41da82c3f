// The period of the dashboard: two local dates, and quick choices for the last 7, 30 and 60 days.
import { useState, type FormEvent } from 'react';
import type { DateRange } from '../../api/dashboard-api';
import { DateField } from '../../components/date-field';
import { zonedDate } from '../../format/server-time-zone';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { dashboardZhCn } from '../../i18n/messages/dashboard-messages';

// This page's words come with its chunk, not with the first scripts.
addZhCnMessages(dashboardZhCn);

/** Today in the server's time zone, as YYYY-MM-DD. */
export function localToday(): string {
  return zonedDate(new Date());
}

/** The `days` days ending today. */
export function lastDays(days: number): DateRange {
  const to = localToday();
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** Props of DateRangeFilter. */
export interface DateRangeFilterProps {
  value: DateRange;
  onChange: (range: DateRange) => void;
}

/** A small form: from, to, apply; presets apply at once. */
export function DateRangeFilter({ value, onChange }: DateRangeFilterProps) {
  const { t } = useI18n();
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const wrong = from && to && from > to ? t('dashboard.rangeBackwards') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && !wrong) onChange({ from, to });
  };
  const preset = (days: number) => {
    const range = lastDays(days);
    setFrom(range.from);
    setTo(range.to);
    onChange(range);
  };
  return (
    <form className="toolbar date-range" onSubmit={submit} aria-label={t('dashboard.range')}>
      <DateField label={t('dashboard.from')} value={from} onChange={setFrom} required />
      <DateField label={t('dashboard.to')} value={to} onChange={setTo} required error={wrong} />
      <button type="submit" className="button button--primary" disabled={Boolean(wrong)}>
        {t('dashboard.apply')}
      </button>
      {[7, 30, 60].map((days) => (
        <button key={days} type="button" className="button button--quiet" onClick={() => preset(days)}>
          {t('dashboard.lastDays', { days })}
        </button>
      ))}
    </form>
  );
}
