// The compliance grid (route `#/reports`): enterprises × days of a collection form, on time / late / missed / not
// required, filterable by cadre and dates. Cadres see their own enterprises; hq, admin and special class all.
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { collectionApi, type ComplianceFilter } from '../../api/collection-api';
import { ErrorNotice } from '../../components/error-notice';
import { Icon } from '../../components/icon';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { CampaignPanel } from './campaign-panel';
import { ComplianceFilters } from './compliance-filters';
import { ComplianceGrid } from './compliance-grid';
import { STATUSES, STATUS_ICON } from './compliance-status';
import './collection.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { collectionZhCn } from '../../i18n/messages/collection-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(collectionZhCn);

const START: ComplianceFilter = { formKey: '', from: '', to: '', cadreId: '', offset: 0 };

/** The compliance page. */
export function CompliancePage({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState(START);
  const { data, error, loading, reload } = useApiData(
    (signal) => collectionApi.compliance(filter, signal),
    [filter.formKey, filter.from, filter.to, filter.cadreId, filter.offset],
    queryKeys.compliance,
  );
  const hasRounds = data?.columns.some((column) => column.roundId !== null) ?? false;
  const first = data?.page.offset ?? 0;
  // A one-off campaign opens only when an administrator starts it, so "look again tomorrow" would not come true.
  const campaign = data?.forms.find((form) => form.key === data.formKey)?.recurrence === 'once';

  return (
    <>
      <PageHeading>{t('compliance.title')}</PageHeading>
      <p className="muted">{t('compliance.intro')}</p>
      <ComplianceFilters value={filter} data={data} onApply={setFilter} />
      <p className="compliance-legend">
        <span className="visually-hidden">{`${t('compliance.legend')}${punctuation(locale).colon}`}</span>
        {STATUSES.map((status) => (
          <span key={status} className={`cell cell--${status}`}>
            <Icon name={STATUS_ICON[status]} /> {t(`compliance.status.${status}`)}
          </span>
        ))}
      </p>
      <div aria-live="polite">{loading && <LoadingIndicator />}</div>
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {/* One state at a time: with no round in the dates every cell would read 无需报送 under the line saying so. */}
      {data && !data.formKey && <p className="empty">{t('compliance.noForms')}</p>}
      {data && data.formKey && !hasRounds && <p className="empty">{t(campaign ? 'compliance.noCampaignRounds' : 'compliance.noRounds')}</p>}
      {data && data.formKey && hasRounds && data.rows.length === 0 && <p className="empty">{t('compliance.noEnterprises')}</p>}
      {data && hasRounds && data.rows.length > 0 && (
        <>
          <p className="muted">
            {t('compliance.showing', { total: data.totalEnterprises, first: first + 1, last: first + data.rows.length })}
          </p>
          <ComplianceGrid data={data} />
          {data.totalEnterprises > data.page.limit && (
            <div className="toolbar">
              <button
                type="button"
                className="button button--quiet"
                disabled={data.page.offset === 0}
                onClick={() => setFilter({ ...filter, offset: Math.max(0, data.page.offset - data.page.limit) })}
              >
                {t('compliance.previous')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                disabled={first + data.rows.length >= data.totalEnterprises}
                onClick={() => setFilter({ ...filter, offset: data.page.offset + data.page.limit })}
              >
                {t('compliance.next')}
              </button>
            </div>
          )}
        </>
      )}
      {user.role === 'admin' && <CampaignPanel />}
    </>
  );
}
