// The working-day calendar for administrators: a year as twelve month grids with public holidays and make-up working
// days (调休) marked; choosing a day marks, renames or clears it. Deadlines computed from then on use it.
import { useEffect, useMemo, useState } from 'react';
import { caseApi, type CalendarDay } from '../../api/case-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { localDateText } from '#core/domain/local-date-text';
import { currentYear, todayDate } from './calendar-dates';
import { DayEditor } from './day-editor';
import { MonthGrid } from './month-grid';
import './calendar.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** The calendar page (route `#/admin/calendar`). */
export function CalendarPage() {
  const { t, locale } = useI18n();
  const [today] = useState(() => todayDate());
  const [year, setYear] = useState(currentYear);
  // Set by the 今天 button: once the year's grids are shown, today's day is brought into view and focused.
  const [goToday, setGoToday] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { data, error, loading, reload } = useApiData((signal) => caseApi.calendar(year, signal), [year], queryKeys.calendar);
  const changed = useChanged();
  const marked = useMemo(() => new Map<string, CalendarDay>((data?.days ?? []).map((day) => [day.date, day])), [data]);
  const holidays = data?.days.filter((day) => day.kind === 'holiday').length ?? 0;

  const changeYear = (next: number) => {
    setSelected(null);
    setMessage(null);
    setYear(next);
  };
  useEffect(() => {
    if (!goToday || data?.year !== year) return;
    const cell = document.querySelector<HTMLButtonElement>(`.calendar-day[data-date="${today}"]`);
    cell?.scrollIntoView({ block: 'center' });
    cell?.focus({ preventScroll: true });
    setGoToday(false);
  }, [goToday, data, year, today]);
  const showToday = () => {
    if (year !== Number(today.slice(0, 4))) changeYear(Number(today.slice(0, 4)));
    setGoToday(true);
  };
  const done = (text: string | null) => {
    setSelected(null);
    setMessage(text);
    if (text) void changed('calendar', 'case');
  };

  return (
    <>
      <PageHeading>{t('calendar.title')}</PageHeading>
      <p>{t('calendar.intro')}</p>
      <div className="toolbar calendar-toolbar">
        <button type="button" className="button button--quiet" onClick={() => changeYear(year - 1)}>
          {t('calendar.previousYear')}
        </button>
        <p className="calendar-year" aria-live="polite">
          {t('calendar.year')}: <strong>{year}</strong>
        </p>
        <button type="button" className="button button--quiet" onClick={() => changeYear(year + 1)}>
          {t('calendar.nextYear')}
        </button>
        <button type="button" className="button button--quiet calendar-today-button" onClick={showToday}>
          {t('calendar.todayButton', { date: localDateText(today, locale) })}
        </button>
      </div>
      <SuccessNotice message={message} />
      {selected && <DayEditor key={selected} date={selected} day={marked.get(selected)} onDone={done} />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data && <LoadingIndicator />}
      {data && data.year === year && (
        <>
          <p className="muted">
            {data.days.length === 0
              ? t('calendar.empty', { year })
              : t('calendar.counts', { year, holidays, workdays: data.days.length - holidays })}{' '}
            {t('calendar.addHint')}
          </p>
          <ul className="calendar-legend" aria-label={t('calendar.legend')}>
            {(['holiday', 'workday', 'weekend', 'ordinary'] as const).map((kind) => (
              <li key={kind}>
                <span className={`calendar-swatch calendar-day--${kind}`} aria-hidden="true" /> {t(`calendar.kind.${kind}`)}
              </li>
            ))}
            <li>
              <span className="calendar-swatch calendar-swatch--today" aria-hidden="true" /> {t('calendar.today')}
            </li>
          </ul>
          <div className="calendar-months">
            {MONTHS.map((month) => (
              <MonthGrid key={month} year={year} month={month} marked={marked} selected={selected} today={today} onChoose={setSelected} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
