// Visits as a table, newest first, filtered by period; each row opens the visit.
import { useState, type FormEvent } from 'react';
import type { Page } from '../../api/paging';
import type { Visit } from '../../api/visit-api';
import { Pager } from '../../components/pager';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { TextField } from '../../components/text-field';
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

/** The period filter and the table of visits. */
export function VisitList({ visits, filter, onFilter, onOffset, showCadre }: VisitListProps) {
  const { t } = useI18n();
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFilter({ from, to });
  };
  const list = visits.data?.visits;
  return (
    <section className="section" aria-labelledby="visit-list-heading">
      <h2 id="visit-list-heading">{t('visit.listTitle')}</h2>
      <form className="toolbar visit-filter" onSubmit={submit} aria-label={t('visit.filter')}>
        <TextField label={t('dashboard.from')} type="date" value={from} onChange={setFrom} />
        <TextField label={t('dashboard.to')} type="date" value={to} onChange={setTo} />
        <button type="submit" className="button button--quiet">
          {t('dashboard.apply')}
        </button>
      </form>
      <div aria-live="polite">
        {visits.loading && <LoadingIndicator />}
        {list && list.length > 0 && <p className="muted">{t('common.count', { count: visits.data!.page.total })}</p>}
      </div>
      {visits.error !== null && <ErrorNotice error={visits.error} onRetry={visits.reload} />}
      {list && list.length === 0 && <p className="empty">{t('visit.empty')}</p>}
      {list && list.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('visit.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('visit.visitedOn')}</th>
                <th scope="col">{t('visit.enterprise')}</th>
                {showCadre && <th scope="col">{t('visit.cadre')}</th>}
                <th scope="col">{t('visit.details')}</th>
                <th scope="col">{t('visit.solvedCount')}</th>
                <th scope="col">{t('visit.coordinateCount')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((visit) => (
                <tr key={visit.id}>
                  <td>
                    <a
                      href={routeHref({ name: 'visits', id: visit.id })}
                      aria-label={t('visit.openNamed', { date: visit.visitedOn, name: visit.enterpriseName })}
                    >
                      {visit.visitedOn}
                    </a>
                  </td>
                  <td>{visit.enterpriseName}</td>
                  {showCadre && <td>{visit.cadreName}</td>}
                  <td className="break">
                    <VisitFieldsLine fields={visit.fields} />
                  </td>
                  <td>{visit.solvedCount}</td>
                  <td>{visit.coordinateCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list && visits.data && <Pager page={visits.data.page} shown={list.length} onOffset={onOffset} />}
    </section>
  );
}
