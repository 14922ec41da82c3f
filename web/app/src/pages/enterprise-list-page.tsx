// Enterprises in the user's scope (the server narrows a cadre's list to the enterprises it looks after).
import { useState } from 'react';
import type { User } from '../api/api-types';
import { orgApi } from '../api/org-api';
import { CheckboxField } from '../components/checkbox-field';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { Pager } from '../components/pager';
import { useI18n } from '../i18n/use-i18n';
import { EnterpriseTable } from './enterprise-table';
import { SearchBox } from './search-box';
import './org-pages.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** Enterprises per page of the list. */
const PAGE = 100;

/** The read-only enterprise list for HQ, cadres and the service class. */
export function EnterpriseListPage({ user }: { user: User }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [focusOnly, setFocusOnly] = useState(false);
  // A new search starts from the first page.
  const filter = `${focusOnly}:${query}`;
  const [paging, setPaging] = useState({ filter, offset: 0 });
  const offset = paging.filter === filter ? paging.offset : 0;
  const { data, error, loading, reload } = useApiData(
    (signal) => orgApi.enterprises(query, signal, focusOnly, { limit: PAGE, offset }),
    [query, focusOnly, offset],
    queryKeys.enterprisePage,
  );
  const mine = user.role === 'cadre';
  const title = mine ? t('nav.myEnterprises') : t('nav.enterprises');
  const empty = query.trim()
    ? t('enterprises.noMatch', { query: query.trim() })
    : focusOnly
      ? t('enterprises.noFocus')
      : mine
        ? t('enterprises.emptyCadre')
        : t('enterprises.empty');

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="muted">{mine ? t('enterprises.introCadre') : t('enterprises.intro')}</p>
      <SearchBox label={t('enterprises.search')} onSearch={setQuery} />
      <CheckboxField label={t('enterprises.focusOnly')} checked={focusOnly} onChange={setFocusOnly} />
      {loading && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && !loading && (
        <p className="muted" aria-live="polite">
          {t('common.count', { count: data.page.total })}
        </p>
      )}
      {data &&
        (data.enterprises.length === 0 ? (
          <p className="empty">{empty}</p>
        ) : (
          <>
            <EnterpriseTable enterprises={data.enterprises} caption={title} />
            <Pager page={data.page} shown={data.enterprises.length} onOffset={(next) => setPaging({ filter, offset: next })} />
          </>
        ))}
    </>
  );
}
