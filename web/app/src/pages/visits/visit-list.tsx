// Visits as a table, newest first, filtered by period; each row opens the visit.
import { useState, type FormEvent } from 'react';
import type { Page } from '../../api/paging';
import type { Visit } from '../../api/visit-api';
import { ApiError } from '../../api/api-error';
import { DataTable } from '../../components/data-table';
import { Pager } from '../../components/pager';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { DateField } from '../../components/date-field';
import { formatDate } from '../../format/format-date-time';
import type { ApiData } from '../../hooks/use-api-data';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { dashboardZhCn } from '../../i18n/messages/dashboard-messages';
import { VisitFieldsLine } from './visit-fields-line';

// This page's words come with its chunk, not with the first scripts.
addZhCnMessages(dashboardZhCn);

/** Props of VisitList. */
export interface VisitListProps {
  visits: ApiData<{ visits: Visit[]; page: Page }>;
  filter: { from: string; to: string };
  onFilter: (filter: { from: string; to: string }) => void;
  /** Turns to another page of the list. */
  onOffset: (offset: number) => void;
  showCadre: boolean;
}

/** What the API said at the date fields (`?from`, `?to`) when it refused the period, such as a reversed one. */
export function periodErrors(error: unknown): { from?: string; to?: string } | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const at = (field: string) => error.details.find((detail) => detail.path === `?${field}`)?.message;
  const found = { from: at('from'), to: at('to') };
  return found.from || found.to ? found : null;
}

/** The period filter and the table of visits, which stacks into labelled cards on a phone like every list. */
export function VisitList({ visits, filter, onFilter, onOffset, showCadre }: VisitListProps) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  // Said at once, as the dashboard's period does; the API refuses such a period too, and says so at the same field.
  const backwards = from && to && from > to ? t('dashboard.rangeBackwards') : undefined;
  const refused = periodErrors(visits.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!backwards) onFilter({ from, to });
  };
  const list = refused ? undefined : visits.data?.visits;
  return (
    <section className="section" aria-labelledby="visit-list-heading">
      <h2 id="visit-list-heading">{t('visit.listTitle')}</h2>
      <form className="toolbar visit-filter" onSubmit={submit} aria-label={t('visit.filter')}>
        <DateField label={t('dashboard.from')} value={from} onChange={setFrom} error={backwards ?? refused?.from} />
        <DateField label={t('dashboard.to')} value={to} onChange={setTo} error={backwards ? undefined : refused?.to} />
        <button type="submit" className="button button--quiet">
          {t('dashboard.apply')}
        </button>
      </form>
      <div aria-live="polite">
        {visits.loading && <LoadingIndicator />}
        {list && list.length > 0 && <p className="muted">{t('common.count', { count: visits.data!.page.total })}</p>}
      </div>
      {visits.error !== null && !refused && <ErrorNotice error={visits.error} onRetry={visits.reload} />}
      {list && list.length === 0 && <p className="empty">{t('visit.empty')}</p>}
      {list && list.length > 0 && (
        <DataTable
          caption={t('visit.listTitle')}
          rows={list}
          rowKey={(visit) => visit.id}
          columns={[
            {
              key: 'visitedOn',
              label: t('visit.visitedOn'),
              render: (visit) => (
                <a
                  href={routeHref({ name: 'visits', id: visit.id })}
                  aria-label={t('visit.openNamed', { date: formatDate(visit.visitedOn, locale), name: visit.enterpriseName })}
                >
                  {formatDate(visit.visitedOn, locale)}
                </a>
              ),
            },
            { key: 'enterprise', label: t('visit.enterprise'), render: (visit) => visit.enterpriseName },
            showCadre && { key: 'cadre', label: t('visit.cadre'), render: (visit) => visit.cadreName },
            { key: 'details', label: t('visit.details'), render: (visit) => <VisitFieldsLine fields={visit.fields} />, className: 'break' },
            { key: 'solved', label: t('visit.solvedCount'), render: (visit) => visit.solvedCount },
            { key: 'coordinate', label: t('visit.coordinateCount'), render: (visit) => visit.coordinateCount },
          ]}
        />
      )}
      {list && visits.data && <Pager page={visits.data.page} shown={list.length} onOffset={onOffset} />}
    </section>
  );
}
