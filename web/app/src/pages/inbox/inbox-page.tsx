// The inbox of cadres, working-group members and headquarters: three tabs, filters, saved filters, a sortable list.
import { useMemo, useState } from 'react';
import type { User } from '../../api/api-types';
import { inboxApi } from '../../api/inbox-api';
import { orgApi } from '../../api/org-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useI18n } from '../../i18n/use-i18n';
import { filterToApiQuery, isNarrowed, paramsToQueryString, filterToParams, DEFAULT_FILTER, type InboxFilter } from './inbox-filter';
import { InboxFilters } from './inbox-filters';
import { InboxTable } from './inbox-table';
import { InboxTabs } from './inbox-tabs';
import { SavedFilters } from './saved-filters';
import { useInboxFilter } from './use-inbox-filter';
import './inbox.css';

/** Choices for the enterprise and category filters; missing lists only leave those filters empty. */
function useFilterOptions() {
  const { pick } = useI18n();
  const enterprises = useApiData((signal) => orgApi.enterprises('', signal).catch(() => ({ enterprises: [] })), []);
  const categories = useApiData((signal) => orgApi.categories(signal).catch(() => ({ categories: [] })), []);
  return useMemo(
    () => ({
      enterprises: (enterprises.data?.enterprises ?? []).map((e) => ({ value: String(e.id), label: e.name })),
      categories: (categories.data?.categories ?? []).map((c) => ({ value: c.key, label: pick(c.name) })),
    }),
    [enterprises.data, categories.data, pick],
  );
}

/** The inbox page for `user`. */
export function InboxPage({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useInboxFilter(user.id);
  const [loadedAt, setLoadedAt] = useState(() => Date.now());
  const options = useFilterOptions();
  const query = filterToApiQuery(filter);
  const { data, error, loading, reload } = useApiData(
    async (signal) => {
      const answer = await inboxApi.tasks(query, signal);
      setLoadedAt(Date.now());
      return answer;
    },
    [query],
  );
  const tasks = data?.tasks ?? [];
  const narrowed = isNarrowed(filter);
  const apply = (next: InboxFilter) => setFilter(next);

  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <p className="muted">{t(`inbox.intro.${user.role === 'special_class' ? 'group' : user.role === 'hq' ? 'hq' : 'cadre'}`)}</p>
      <InboxTabs box={filter.box} onChange={(box) => apply({ ...filter, box })} />
      <InboxFilters
        key={paramsToQueryString(filterToParams(filter))}
        filter={filter}
        enterprises={options.enterprises}
        categories={options.categories}
        onApply={apply}
      />
      <SavedFilters current={filter} onApply={apply} />

      <section className="section" aria-labelledby="inbox-list-title">
        <h2 id="inbox-list-title">{t(`inbox.tab.${filter.box}`)}</h2>
        <div className="inbox-bar">
          <p className="inbox-bar__count" role="status">
            {loading ? t('common.loading') : t('inbox.count', { count: tasks.length })}
          </p>
          {data && (
            <span className="muted">{t('inbox.updatedAt', { time: formatDateTime(new Date(loadedAt).toISOString(), locale) })}</span>
          )}
          <span className="inbox-bar__spacer" />
          <button type="button" className="button button--quiet" onClick={reload} disabled={loading} aria-busy={loading}>
            {loading ? t('inbox.refreshing') : t('inbox.refresh')}
          </button>
        </div>
        {loading && !data && <LoadingIndicator />}
        {error !== null && <ErrorNotice error={error} onRetry={reload} />}
        {data && tasks.length === 0 && (
          <div className="empty">
            <p>{narrowed ? t('inbox.empty.filtered') : t(`inbox.empty.${filter.box}`)}</p>
            {narrowed && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => apply({ ...DEFAULT_FILTER, box: filter.box, sort: filter.sort })}
              >
                {t('inbox.filter.clear')}
              </button>
            )}
          </div>
        )}
        {tasks.length > 0 && <InboxTable tasks={tasks} caption={t(`inbox.tab.${filter.box}`)} nowMs={loadedAt} />}
      </section>
    </>
  );
}
