// One month of the working calendar: a table of days, holidays and make-up working days marked in words and colour,
// and under it the marked days with their names. Choosing a day opens its editor.
import type { CalendarDay } from '../../api/case-api';
import { localDateText } from '#core/domain/local-date-text';
import { formatDate } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { isWeekend, monthWeeks } from './calendar-dates';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

/** Props of MonthGrid. */
export interface MonthGridProps {
  year: number;
  month: number;
  marked: ReadonlyMap<string, CalendarDay>;
  selected: string | null;
  /** Today in the server's zone: its day is marked 今天 / Today. */
  today: string;
  onChoose: (date: string) => void;
}

/** The localized kind of a day: its mark, or weekend / ordinary working day. */
export function useDayKind() {
  const { t } = useI18n();
  return (date: string, day: CalendarDay | undefined) => {
    if (day) return day.name ? `${t(`calendar.kind.${day.kind}`)} · ${day.name}` : t(`calendar.kind.${day.kind}`);
    return isWeekend(date) ? t('calendar.kind.weekend') : t('calendar.kind.ordinary');
  };
}

/** The month as a table with a button per day. */
export function MonthGrid({ year, month, marked, selected, today, onChoose }: MonthGridProps) {
  const { t, locale } = useI18n();
  const kindOf = useDayKind();
  const title = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  const id = `calendar-month-${month}`;
  const days = [...marked.values()].filter((day) => day.date.startsWith(`${year}-${String(month).padStart(2, '0')}-`));
  return (
    <section className="calendar-month card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table className="calendar-grid">
        <thead>
          <tr>
            {t('calendar.weekdays')
              .split(',')
              .map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, row) => (
            <tr key={row}>
              {week.map((date, column) => {
                if (!date) return <td key={column} />;
                const day = marked.get(date);
                const kind = day?.kind ?? (isWeekend(date) ? 'weekend' : 'ordinary');
                const isToday = date === today;
                const label = { date: formatDate(date, locale), kind: kindOf(date, day) };
                return (
                  <td key={date}>
                    {/* The visible day number starts the button's name, the full date and its kind follow for screen readers. */}
                    <button
                      type="button"
                      className={`calendar-day calendar-day--${kind}${isToday ? ' calendar-day--today' : ''}`}
                      aria-pressed={selected === date}
                      aria-current={isToday ? 'date' : undefined}
                      data-date={date}
                      onClick={() => onChoose(date)}
                    >
                      {Number(date.slice(8))}
                      {isToday && (
                        <span className="calendar-day__today" aria-hidden="true">
                          {t('calendar.today')}
                        </span>
                      )}
                      <span className="visually-hidden"> {isToday ? t('calendar.todayLabel', label) : t('calendar.dayLabel', label)}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {days.length > 0 && (
        <ul className="calendar-marks" aria-label={t('calendar.list', { month: title })}>
          {days.map((day) => (
            <li key={day.date}>
              <time dateTime={day.date}>{localDateText(day.date, locale, 'short')}</time>{' '}
              <span className={`calendar-tag calendar-tag--${day.kind}`}>{t(`calendar.kind.${day.kind}`)}</span> {day.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
