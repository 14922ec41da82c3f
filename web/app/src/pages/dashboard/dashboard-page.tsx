// The dashboard: the figures a bureau reports upward, within the user's scope (HQ city-wide, a cadre its
// enterprises, an enterprise itself), for a chosen period, with every table exportable. The key figures come first
// as a row of cards, then each group as a collapsible section; a fresh install says what will appear instead.
// Focus enterprises (重点企业, 000 §II.4) get a row of their own, and a switch narrows the whole page to them.
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { dashboardApi, type DateRange } from '../../api/dashboard-api';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { reportingToday } from '../../format/reporting-today';
import { useI18n } from '../../i18n/use-i18n';
import { isFirstRun, summaryFigures } from './dashboard-summary';
import { DateRangeFilter, lastDays } from './date-range-filter';
import { FigureGroupView } from './figure-group-view';
import { FirstRun } from './first-run';
import { FocusSummaryRow } from './focus-summary-row';
import { SummaryRow } from './summary-row';
import './dashboard.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { dashboardZhCn } from '../../i18n/messages/dashboard-messages';

// This page's words come with its chunk, not with the first scripts.
addZhCnMessages(dashboardZhCn);

/** The dashboard page. */
export function DashboardPage({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const [range, setRange] = useState<DateRange>(() => lastDays(30));
  const [focusOnly, setFocusOnly] = useState(false);
  const figures = useApiData(
    (signal) => dashboardApi.figures(range, signal, { focus: focusOnly }),
    [range.from, range.to, locale, user.id, focusOnly],
    queryKeys.dashboard,
  );
  // An enterprise sees itself only: neither the focus row nor the switch means anything there.
  const canFocus = user.role !== 'enterprise';
  const scope = figures.data?.scope;
  const groups = figures.data?.groups ?? [];
  const firstRun = groups.length > 0 && isFirstRun(groups);
  const summary = summaryFigures(groups, reportingToday());
  return (
    <>
      <PageHeading>{t('dashboard.title')}</PageHeading>
      {firstRun ? <FirstRun user={user} /> : summary.length > 0 && <SummaryRow figures={summary} />}
      {canFocus && !focusOnly && !firstRun && <FocusSummaryRow range={range} />}
      {scope && (
        <p className="muted">
          {scope.focus
            ? t('dashboard.scopeFocus', { count: scope.enterprises ?? 0 })
            : scope.all
              ? t('dashboard.scopeAll')
              : user.role === 'enterprise'
                ? t('dashboard.scopeOwn')
                : t('dashboard.scopeSome', { count: scope.enterprises ?? 0 })}
        </p>
      )}
      <DateRangeFilter value={range} onChange={setRange} />
      {canFocus && <CheckboxField label={t('dashboard.focusOnly')} checked={focusOnly} onChange={setFocusOnly} />}
      <p>
        <a className="button button--quiet" href={dashboardApi.exportHref('xlsx', range, locale, undefined, undefined, focusOnly)} download>
          {t('dashboard.exportAll')}
        </a>
      </p>
      <div aria-live="polite">{figures.loading && <LoadingIndicator label={t('dashboard.loading')} />}</div>
      {figures.error !== null && <ErrorNotice error={figures.error} onRetry={figures.reload} />}
      {figures.data && figures.data.groups.length === 0 && <p className="empty">{t('dashboard.empty')}</p>}
      {figures.data?.groups.map((group) => (
        <FigureGroupView key={group.key} group={group} range={figures.data!.range} defaultOpen={!firstRun} />
      ))}
    </>
  );
}
