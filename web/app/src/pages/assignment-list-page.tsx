// Who looks after which enterprise: HQ sees every assignment, a cadre its own; both can look back at ended ones.
import { useState } from 'react';
import type { User } from '../api/api-types';
import { orgApi } from '../api/org-api';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';
import { AssignmentTable } from './assignment-table';
import { HistoryToggle } from './history-toggle';
import './org-pages.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** The read-only assignments page for HQ and cadres. */
export function AssignmentListPage({ user }: { user: User }) {
  const { t } = useI18n();
  const [history, setHistory] = useState(false);
  const { data, error, loading, reload } = useApiData((signal) => orgApi.assignments(history, signal), [history], queryKeys.assignments);
  const mine = user.role === 'cadre';
  const title = mine ? t('nav.myAssignments') : t('nav.assignments');
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="muted">{mine ? t('assignments.introCadre') : t('assignments.intro')}</p>
      <HistoryToggle checked={history} onChange={setHistory} />
      {loading && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data &&
        !loading &&
        (data.assignments.length === 0 ? (
          <p className="empty">{mine ? t('assignments.emptyCadre') : t('assignments.empty')}</p>
        ) : (
          <AssignmentTable assignments={data.assignments} caption={title} history={history} showCadre={!mine} />
        ))}
    </>
  );
}
