// The visit log (P7): a list of visits in the user's scope, a cadre's "record a visit" form, and one visit's page.
// The form and the offline queue (issue 23) are the cadre's alone: loaded lazily, so others never download them.
import { lazy, Suspense, useState } from 'react';
import type { User } from '../../api/api-types';
import { visitApi } from '../../api/visit-api';
import { EditPanel } from '../../components/edit-panel';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { navigate } from '../../routing/navigate';
import { VisitDetailView } from './visit-detail';
import { VisitList } from './visit-list';
import './visits.css';

const VisitForm = lazy(() => import('./visit-form').then((module) => ({ default: module.VisitForm })));
const VisitOffline = lazy(() => import('./visit-offline'));

/** Props of VisitsPage; `id` opens one visit. */
export interface VisitsPageProps {
  user: User;
  id?: number;
}

/** The visits page, or one visit's page when the route names it. */
export function VisitsPage({ user, id }: VisitsPageProps) {
  if (id !== undefined) return <VisitDetailView key={id} id={id} user={user} />;
  return <VisitListPage user={user} />;
}

function VisitListPage({ user }: { user: User }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [queued, setQueued] = useState(false);
  const [filter, setFilter] = useState({ from: '', to: '' });
  const [paging, setPaging] = useState({ filter, offset: 0 });
  const offset = paging.filter === filter ? paging.offset : 0;
  const visits = useApiData(
    (signal) => visitApi.list(filter, signal, { offset }),
    [filter.from, filter.to, offset, user.id],
    queryKeys.visits,
  );
  return (
    <>
      <PageHeading>{t('visit.title')}</PageHeading>
      <p className="muted">
        {t(user.role === 'cadre' ? 'visit.introCadre' : user.role === 'enterprise' ? 'visit.introEnterprise' : 'visit.intro')}
      </p>
      {user.role === 'cadre' && !adding && (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setAdding(true);
              setQueued(false);
            }}
          >
            {t('visit.add')}
          </button>
        </p>
      )}
      {queued && (
        <p className="notice notice--warning" role="status">
          {t('offline.visitQueued')}
        </p>
      )}
      {adding && (
        <EditPanel title={t('visit.add')}>
          <Suspense fallback={<LoadingIndicator />}>
            <VisitForm
              userId={user.id}
              onSaved={(visit) => navigate({ name: 'visits', id: visit.id })}
              onQueued={() => {
                setAdding(false);
                setQueued(true);
              }}
              onCancel={() => setAdding(false)}
            />
          </Suspense>
        </EditPanel>
      )}
      <VisitList
        visits={visits}
        filter={filter}
        onFilter={setFilter}
        onOffset={(next) => setPaging({ filter, offset: next })}
        showCadre={user.role !== 'cadre'}
      />
      {user.role === 'cadre' && (
        <Suspense fallback={null}>
          <VisitOffline userId={user.id} asOf={visits.data?.asOf ?? null} />
        </Suspense>
      )}
    </>
  );
}
