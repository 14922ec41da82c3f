// The workspace: who you are, what an enterprise owes today or the work waiting in an inbox, the forms you may fill,
// and the submissions you may follow.
import { lazy, Suspense, useState } from 'react';
import type { User } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { Pager } from '../components/pager';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';
import { CampaignContacts } from '../components/campaign-contacts';
import { EnterpriseTodo } from './enterprise-todo';
import { FormCards } from './form-cards';
import { SearchBox } from './search-box';
import { SubmissionTable } from './submission-table';
import { OWN_ROLES, submissionsEmptyKey } from './submissions-empty-key';

// Roles whose work arrives in the inbox see it first. The card is a chunk of its own: an enterprise never loads it.
const INBOX_ROLES = new Set<User['role']>(['cadre', 'special_class', 'hq']);
const InboxSummaryCard = lazy(() => import('./inbox/inbox-summary-card').then((module) => ({ default: module.InboxSummaryCard })));

/** The home page for any role. */
export function HomePage({ user }: { user: User }) {
  const { t } = useI18n();
  const forms = useApiData((signal) => fugongApi.forms(signal), [user.id], queryKeys.forms);
  const [query, setQuery] = useState('');
  // A new search starts from the first page.
  const [paging, setPaging] = useState({ query, offset: 0 });
  const offset = paging.query === query ? paging.offset : 0;
  const submissions = useApiData((signal) => fugongApi.submissions(signal, query, offset), [user.id, query, offset], queryKeys.submissions);
  const own = OWN_ROLES.has(user.role);
  const listTitle = own ? t('home.mySubmissions') : t('home.scopeSubmissions');
  // An enterprise is told when it has nothing to fill; a role that fills nothing (an admin) is not shown an empty
  // section before its work.
  const formsNotForThisRole = user.role !== 'enterprise' && forms.data?.forms.length === 0;

  return (
    <>
      <PageHeading>{t('home.welcome', { name: user.displayName })}</PageHeading>
      <p className="muted">
        {t(user.inspectionBody ? 'role.inspector' : `role.${user.role}`)}
        {user.enterpriseName && <> · {t('home.enterprise', { name: user.enterpriseName })}</>}
      </p>
      {user.inspectionBody && <p>{t('home.inspectorWork')}</p>}

      {user.role === 'enterprise' && user.enterpriseId !== null && <EnterpriseTodo />}
      {INBOX_ROLES.has(user.role) && (
        <Suspense fallback={<LoadingIndicator />}>
          <InboxSummaryCard />
        </Suspense>
      )}

      {!formsNotForThisRole && (
        <section aria-labelledby="home-forms" className="section">
          <h2 id="home-forms">{t('home.forms')}</h2>
          {forms.loading && !forms.data && <LoadingIndicator />}
          {forms.error !== null && <ErrorNotice error={forms.error} onRetry={forms.reload} />}
          {forms.data && <FormCards forms={forms.data.forms} />}
        </section>
      )}

      <section aria-labelledby="home-submissions" className="section">
        <h2 id="home-submissions">{listTitle}</h2>
        <SearchBox label={t('home.searchCases')} onSearch={setQuery} />
        {submissions.loading && !submissions.data && <LoadingIndicator />}
        {submissions.error !== null && <ErrorNotice error={submissions.error} onRetry={submissions.reload} />}
        {submissions.data &&
          (submissions.data.submissions.length === 0 ? (
            <p className="empty">{t(submissionsEmptyKey(user.role, query !== ''))}</p>
          ) : (
            <>
              <SubmissionTable submissions={submissions.data.submissions} showEnterprise={!own} caption={listTitle} />
              <Pager
                page={submissions.data.page}
                shown={submissions.data.submissions.length}
                onOffset={(next) => setPaging({ query, offset: next })}
              />
            </>
          ))}
      </section>
      {user.role === 'enterprise' && <CampaignContacts />}
    </>
  );
}
