// One visit: its fields by their titles (as the visit-log version it was made with names them), and its problems; a
// problem taken away becomes a difficulty report in one click.
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { visitApi, type VisitDetail } from '../../api/visit-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { ValueView } from '../../form/value-view';
import { formatDate } from '../../format/format-date-time';
import { PageHeading } from '../../components/page-heading';
import { StatusBadge } from '../../components/status-badge';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { asyncHandler } from '../../events/async-handler';

type Problem = VisitDetail['problems'][number];

function ProblemItem({ visitId, problem, canFile, onFiled }: { visitId: number; problem: Problem; canFile: boolean; onFiled: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const file = async () => {
    setBusy(true);
    setError(null);
    try {
      await visitApi.fileProblem(visitId, problem.id);
      onFiled();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="visit-problem-item">
      <p>
        <span className="tag">{problem.kindTitle}</span>
        {problem.categoryTitle && <span className="tag">{problem.categoryTitle}</span>} {problem.description}
      </p>
      {problem.submissionId && (
        <p>
          <a href={routeHref({ name: 'submission', id: problem.submissionId })}>{t('visit.openReport')}</a>{' '}
          {problem.submissionStatus && <StatusBadge status={problem.submissionStatus} />}
        </p>
      )}
      {problem.kind === 'coordinate' && !problem.submissionId && canFile && (
        <BusyButton
          type="button"
          variant="quiet"
          busy={busy}
          label={t('visit.fileReport')}
          busyLabel={t('visit.filing')}
          onClick={asyncHandler(file)}
        />
      )}
      {error !== null && <ErrorNotice error={error} />}
    </li>
  );
}

/** The page of visit `id`. */
export function VisitDetailView({ id, user }: { id: number; user: User }) {
  const { t, locale } = useI18n();
  const visit = useApiData((signal) => visitApi.get(id, signal), [id], queryKeys.visit);
  const changed = useChanged();
  const [message, setMessage] = useState<string | null>(null);
  const data = visit.data?.visit;
  return (
    <>
      <p className="breadcrumb">
        <a href={routeHref({ name: 'visits' })}>{t('visit.back')}</a>
      </p>
      <PageHeading>
        {data ? t('visit.detailTitle', { date: formatDate(data.visitedOn, locale), name: data.enterpriseName }) : t('visit.title')}
      </PageHeading>
      {visit.loading && !data && <LoadingIndicator />}
      {visit.error !== null && <ErrorNotice error={visit.error} onRetry={visit.reload} />}
      <SuccessNotice message={message} />
      {data && (
        <>
          <dl className="meta visit-meta">
            <dt>{t('visit.enterprise')}</dt>
            <dd>
              <a href={routeHref({ name: 'enterprise', id: data.enterpriseId })}>{data.enterpriseName}</a>
            </dd>
            <dt>{t('visit.cadre')}</dt>
            <dd>{data.cadreName}</dd>
          </dl>
          <ValueView fields={data.fields} />
          <section className="section" aria-labelledby="visit-problems-heading">
            <h2 id="visit-problems-heading">{t('visit.problems')}</h2>
            {data.problems.length === 0 ? (
              <p className="empty">{t('visit.noProblems')}</p>
            ) : (
              <ul className="visit-problem-list">
                {data.problems.map((problem) => (
                  <ProblemItem
                    key={problem.id}
                    visitId={data.id}
                    problem={problem}
                    canFile={user.role === 'cadre'}
                    onFiled={() => {
                      setMessage(t('visit.filed'));
                      void changed('visits', 'submissions', 'tasks');
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
