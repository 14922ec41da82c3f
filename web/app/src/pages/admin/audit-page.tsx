// Administrators read the audit log: every state change with who, when, what and the request that made it.
import { useState } from 'react';
import { adminApi, AUDIT_PAGE } from '../../api/admin-api';
import type { AuditFilter } from '../../api/admin-types';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { AuditFilterForm, NO_AUDIT_FILTER } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

const isFiltered = (filter: AuditFilter) => Object.values(filter).some((value) => value.trim() !== '');

/** The audit page: filters, one page of entries (100 each, newest first), and paging. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>(NO_AUDIT_FILTER);
  const [page, setPage] = useState(0);
  const log = useApiData((signal) => adminApi.audit(filter, page * AUDIT_PAGE, signal), [filter, page], queryKeys.audit);
  const hasMore = log.data ? log.data.page.offset + log.data.entries.length < log.data.page.total : false;
  const users = useApiData((signal) => adminApi.users('', signal), [''], queryKeys.users);
  const usernames = (users.data?.users ?? []).map((user) => user.username);
  const apply = (next: AuditFilter) => {
    setFilter(next);
    setPage(0);
  };
  const entries = log.data?.entries;

  return (
    <>
      <PageHeading>{t('nav.audit')}</PageHeading>
      <p className="muted">{t('audit.intro')}</p>
      <AuditFilterForm initial={filter} usernames={usernames} onApply={apply} />
      <p>
        <a className="button button--quiet" href={adminApi.auditExportHref(filter, locale)} download>
          {t('audit.exportCsv')}
        </a>
      </p>
      {log.loading && <LoadingIndicator />}
      {log.error !== null && <ErrorNotice error={log.error} onRetry={log.reload} />}
      {entries &&
        !log.loading &&
        (entries.length === 0 ? (
          <p className="empty">{page > 0 ? t('audit.pastEnd') : isFiltered(filter) ? t('common.noMatch') : t('audit.empty')}</p>
        ) : (
          <>
            <p className="muted" aria-live="polite">
              {t('audit.range', { first: page * AUDIT_PAGE + 1, last: page * AUDIT_PAGE + entries.length })}
            </p>
            <AuditTable entries={entries} caption={t('nav.audit')} />
          </>
        ))}
      {log.data && (page > 0 || hasMore) && (
        <nav className="pager" aria-label={t('audit.pages')}>
          <button type="button" className="button button--quiet" disabled={page === 0 || log.loading} onClick={() => setPage((p) => p - 1)}>
            {t('audit.newer')}
          </button>
          <span>{t('audit.page', { page: page + 1 })}</span>
          <button type="button" className="button button--quiet" disabled={!hasMore || log.loading} onClick={() => setPage((p) => p + 1)}>
            {t('audit.older')}
          </button>
        </nav>
      )}
    </>
  );
}
