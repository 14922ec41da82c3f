// The enterprises × days table: each cell says its status in a word and an icon (colour only adds to it) and,
// when the enterprise reported, links to the report. The enterprise and cadre columns stay put while the days scroll,
// and the grid opens scrolled so that today's column is in view (the latest days are the ones people act on); a line
// above it then says that the earlier days lie to the left (on a phone they were hidden there without a word).
import { useLayoutEffect, useRef } from 'react';
import type { ComplianceAnswer, ComplianceCell } from '../../api/collection-api';
import { Icon } from '../../components/icon';
import { SideScroll } from '../../components/side-scroll';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { routeHref } from '../../routing/route-href';
import { reportingToday } from '../../format/reporting-today';
import { dayText } from '#core/domain/local-date-text';
import { STATUS_ICON } from './compliance-status';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { collectionZhCn } from '../../i18n/messages/collection-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(collectionZhCn);

/** Whom a missing report was escalated to, as stored on the report row (`cadre`, `hq`, `group:<key>`…), named as a kind. */
function escalationAudience(stored: string): 'enterprise' | 'cadre' | 'hq' | 'group' {
  if (stored.startsWith('group:') || stored === 'working-group') return 'group';
  return stored === 'enterprise' || stored === 'hq' ? stored : 'cadre';
}

function CellContent({ cell, enterprise, date }: { cell: ComplianceCell; enterprise: string; date: string }) {
  const { t, locale } = useI18n();
  const p = punctuation(locale);
  const word = t(`compliance.status.${cell.status}`);
  const extra = [
    cell.amendments > 0 ? t('compliance.amended', { count: cell.amendments }) : '',
    cell.escalatedTo ? t('compliance.escalated', { to: t(`compliance.escalatedTo.${escalationAudience(cell.escalatedTo)}`) }) : '',
  ]
    .filter(Boolean)
    .join(p.semicolon);
  const body = (
    <>
      <Icon name={STATUS_ICON[cell.status]} /> {word}
      {cell.amendments > 0 && <sup aria-hidden="true">+{cell.amendments}</sup>}
    </>
  );
  if (!cell.submissionId)
    return (
      <span className={`cell cell--${cell.status}`} title={extra || undefined}>
        {body}
        {extra && <span className="visually-hidden">{`${p.open}${extra}${p.close}`}</span>}
      </span>
    );
  return (
    <a
      className={`cell cell--${cell.status}`}
      href={routeHref({ name: 'submission', id: cell.submissionId })}
      title={extra || undefined}
      aria-label={`${t('compliance.openReport', { enterprise, date })}${p.colon}${word}${extra ? `${p.open}${extra}${p.close}` : ''}`}
    >
      {body}
    </a>
  );
}

/** Scrolls `wrap` sideways so that `column` shows at its right edge (the days before it stay in view too). */
function bringIntoView(wrap: HTMLElement, column: HTMLElement) {
  const box = wrap.getBoundingClientRect();
  const cell = column.getBoundingClientRect();
  const right = cell.right - box.left + wrap.scrollLeft;
  wrap.scrollLeft = Math.max(0, right + 16 - wrap.clientWidth);
}

/** The grid of one page of enterprises. */
export function ComplianceGrid({ data }: { data: ComplianceAnswer }) {
  const { t, locale } = useI18n();
  const wrap = useRef<HTMLDivElement>(null);
  const todayCell = useRef<HTMLTableCellElement>(null);
  const today = reportingToday();
  useLayoutEffect(() => {
    if (wrap.current && todayCell.current) bringIntoView(wrap.current, todayCell.current);
  }, [data]);
  return (
    <SideScroll
      boxRef={wrap}
      className="table-wrap compliance-wrap"
      label={t('compliance.caption')}
      hint={(side) => t(`compliance.scrollHint.${side}`)}
    >
      <table className="table compliance">
        <caption className="visually-hidden">{t('compliance.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="compliance__enterprise">
              {t('compliance.enterprise')}
            </th>
            <th scope="col" className="compliance__cadre">
              {t('compliance.cadreColumn')}
            </th>
            {data.columns.map((column) => {
              const isToday = column.date === today;
              return (
                <th
                  scope="col"
                  key={column.key}
                  ref={isToday ? todayCell : undefined}
                  className={isToday ? 'compliance__day compliance__day--today' : 'compliance__day'}
                  aria-current={isToday ? 'date' : undefined}
                >
                  <time dateTime={column.date}>{dayText(column.date, today, locale)}</time>
                  {isToday && <span className="compliance__today">{t('compliance.today')}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.enterpriseId}>
              <th scope="row" className="compliance__enterprise">
                {row.name}
              </th>
              <td className="compliance__cadre">{row.cadre ?? <span className="muted">{t('compliance.noCadre')}</span>}</td>
              {row.cells.map((cell, index) => (
                <td
                  key={data.columns[index]!.key}
                  className={data.columns[index]!.date === today ? 'compliance__cell compliance__cell--today' : 'compliance__cell'}
                >
                  <CellContent cell={cell} enterprise={row.name} date={data.columns[index]!.date} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </SideScroll>
  );
}
