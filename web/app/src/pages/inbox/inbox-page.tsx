// The inbox of cadres, working-group members and headquarters: tabs (saved filters among them), a filter bar that
// stays closed and shows what is active as chips, then the list — which comes first on a phone's screen. The list keeps
// itself current (use-inbox-list.ts) and says politely when new tasks arrived.
import { useMemo, useState } from 'react';
import type { Role } from '#core/org/org-types';
import type { User } from '../../api/api-types';
import { inboxApi } from '../../api/inbox-api';
import { orgApi } from '../../api/org-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { filterToApiQuery, isNarrowed, DEFAULT_FILTER, type InboxFilter } from './inbox-filter';
import { emptyInboxWords } from './empty-inbox-words';
import { InboxFilterBar } from './inbox-filter-bar';
import { InboxTable } from './inbox-table';
import { InboxTabs } from './inbox-tabs';
import { useInboxFilter } from './use-inbox-filter';
import { useInboxList } from './use-inbox-list';
import './inbox.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxListZhCn } from '../../i18n/messages/inbox-list-messages';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// The inbox list's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxListZhCn);
addZhCnMessages(inboxZhCn);

/** Choices for the enterprise and category filters; missing lists only leave those filters empty. */
function useFilterOptions() {
  const { pick } = useI18n();
  const enterprises = useApiData(
    (signal) => orgApi.enterprises('', signal).catch(() => ({ enterprises: [] })),
    [''],
    queryKeys.enterprises,
  );
  const categories = useApiData((signal) => orgApi.categories(signal).catch(() => ({ categories: [] })), [], queryKeys.categories);
  return useMemo(
    () => ({
      enterprises: (enterprises.data?.enterprises ?? []).map((e) => ({ value: String(e.id), label: e.name })),
      categories: (categories.data?.categories ?? []).map((c) => ({ value: c.key, label: pick(c.name) })),
    }),
    [enterprises.data, categories.data, pick],
  );
}

/** What an empty list says, and the one thing to do about it. */
function EmptyInbox({ filter, role, onApply }: { filter: InboxFilter; role: Role; onApply: (filter: InboxFilter) => void }) {
  const { t } = useI18n();
  if (isNarrowed(filter))
    return (
      <div className="empty">
        <p>{t('inboxList.empty.filtered')}</p>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onApply({ ...DEFAULT_FILTER, box: filter.box, sort: filter.sort })}
        >
          {t('inbox.filter.clear')}
        </button>
      </div>
    );
  const { message, action } = emptyInboxWords(filter.box, role);
  return (
    <div className="empty">
      <p>{t(message)}</p>
      {action && (
        <button type="button" className="button button--quiet" onClick={() => onApply({ ...filter, box: action.box })}>
          {t(action.label)}
        </button>
      )}
    </div>
  );
}

/** The inbox page for `user`. */
export function InboxPage({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useInboxFilter(user);
  const options = useFilterOptions();
  const saved = useApiData((signal) => inboxApi.savedFilters(signal), [], queryKeys.savedFilters);
  const query = filterToApiQuery(filter);
  // A new filter starts from the first page.
  const [paging, setPaging] = useState({ query, offset: 0 });
  const offset = paging.query === query ? paging.offset : 0;
  const { data, error, loading, refreshing, readAt, arrived, refresh } = useInboxList(query, offset);
  const tasks = data?.tasks ?? [];
  const apply = (next: InboxFilter) => setFilter(next);

  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <p className="muted inbox-intro">
        {t(`inbox.intro.${user.role === 'special_class' ? 'group' : user.role === 'hq' ? 'hq' : 'cadre'}`)}
      </p>
      <InboxTabs filter={filter} saved={saved.data?.filters ?? []} onBox={(box) => apply({ ...filter, box })} onApply={apply} />
      <InboxFilterBar
        filter={filter}
        enterprises={options.enterprises}
        categories={options.categories}
        saved={{ filters: saved.data?.filters, error: saved.error, reload: saved.reload }}
        onApply={apply}
      />

      <section className="inbox-results" aria-labelledby="inbox-list-title">
        <h2 id="inbox-list-title" className="visually-hidden">
          {t(`inbox.tab.${filter.box}`)}
        </h2>
        <div className="inbox-bar">
          <p className="inbox-bar__count" role="status">
            {loading ? t('common.loading') : t(`inboxList.count.${filter.box}`, { count: data?.page.total ?? tasks.length })}
            {!loading && arrived > 0 && filter.box !== 'done' && (
              <span className="inbox-bar__arrived"> · {t('inboxList.arrived', { count: arrived })}</span>
            )}
          </p>
          {data && readAt > 0 && (
            <span className="muted inbox-bar__time">
              {t('inbox.updatedAt', { time: formatDateTime(new Date(readAt).toISOString(), locale) })}
            </span>
          )}
          <span className="inbox-bar__spacer" />
          <button type="button" className="button button--quiet" onClick={refresh} disabled={loading || refreshing} aria-busy={refreshing}>
            {refreshing ? t('inbox.refreshing') : t('inbox.refresh')}
          </button>
        </div>
        {loading && !data && <LoadingIndicator />}
        {error !== null && <ErrorNotice error={error} onRetry={refresh} />}
        {data && tasks.length === 0 && <EmptyInbox filter={filter} role={user.role} onApply={apply} />}
        {tasks.length > 0 && (
          <InboxTable tasks={tasks} caption={t(`inbox.tab.${filter.box}`)} nowMs={readAt} done={filter.box === 'done'} />
        )}
        {data && <Pager page={data.page} shown={tasks.length} onOffset={(next) => setPaging({ query, offset: next })} />}
      </section>
    </>
  );
}
