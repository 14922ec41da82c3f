// The hotline (000 §III.3): the person answering the dedicated line logs each call, then turns a call into a
// difficulty report of the enterprise in one click; the report climbs the same ladder, and the list links its case.
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { hotlineApi, type HotlineCall } from '../../api/hotline-api';
import { BusyButton } from '../../components/busy-button';
import { DataTable } from '../../components/data-table';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SuccessNotice } from '../../components/success-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { HotlineCallForm } from './hotline-call-form';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { hotlineZhCn } from '../../i18n/messages/hotline-messages';

// This page's words come with its chunk, not with the first scripts.
addZhCnMessages(hotlineZhCn);

/** Props of HotlinePage. */
export interface HotlinePageProps {
  user: User;
}

/** The hotline page. */
export function HotlinePage({ user }: HotlinePageProps) {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  const loaded = useApiData((signal) => hotlineApi.list(offset, signal), [offset], queryKeys.hotline);
  const changed = useChanged();
  const [message, setMessage] = useState<string | null>(null);
  const [filing, setFiling] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mayRecord = user.role === 'special_class' || user.role === 'hq';

  const file = async (call: HotlineCall) => {
    setFiling(call.id);
    setError(null);
    try {
      await hotlineApi.file(call.id);
      setMessage(t('hotline.filed'));
      void changed('hotline', 'submissions', 'tasks');
    } catch (caught) {
      setError(caught);
    } finally {
      setFiling(null);
    }
  };

  const calls = loaded.data?.calls ?? [];
  return (
    <>
      <PageHeading>{t('hotline.title')}</PageHeading>
      <p className="hint">{t('hotline.intro')}</p>
      {mayRecord && (
        <details className="card" open={calls.length === 0 || undefined}>
          <summary>{t('hotline.newCall')}</summary>
          <HotlineCallForm
            onSaved={() => {
              setMessage(t('hotline.saved'));
              void changed('hotline');
            }}
          />
        </details>
      )}
      <SuccessNotice message={message} />
      {error !== null && <ErrorNotice error={error} />}
      {loaded.error !== null && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {!loaded.data && loaded.error === null && <LoadingIndicator />}
      {/* Only those who answer the line log calls: anyone else reading the list has no form above to log one in. */}
      {loaded.data && calls.length === 0 && <p className="empty">{t(mayRecord ? 'hotline.empty' : 'hotline.emptyReadOnly')}</p>}
      {calls.length > 0 && (
        <DataTable
          caption={t('hotline.caption')}
          rows={calls}
          rowKey={(call) => call.id}
          columns={[
            {
              key: 'time',
              label: t('hotline.col.time'),
              render: (call) => <time dateTime={call.receivedAt}>{formatDateTime(call.receivedAt, locale)}</time>,
              className: 'nowrap',
            },
            { key: 'caller', label: t('hotline.col.caller'), render: (call) => `${call.callerName} ${call.callerMobile}` },
            { key: 'enterprise', label: t('hotline.col.enterprise'), render: (call) => call.enterpriseName },
            { key: 'problem', label: t('hotline.col.problem'), render: (call) => call.problem, className: 'break' },
            { key: 'taker', label: t('hotline.col.taker'), render: (call) => call.takenBy.name },
            {
              key: 'report',
              label: t('hotline.col.report'),
              render: (call) =>
                call.submission ? (
                  <a href={routeHref({ name: 'submission', id: call.submission.id })}>
                    {call.submission.caseNumber ?? t('hotline.viewCase')}
                  </a>
                ) : mayRecord ? (
                  <BusyButton
                    type="button"
                    busy={filing === call.id}
                    label={t('hotline.file')}
                    busyLabel={t('hotline.filing')}
                    onClick={() => void file(call)}
                  />
                ) : (
                  t('hotline.notFiled')
                ),
            },
          ]}
        />
      )}
      {loaded.data && loaded.data.page.total > loaded.data.page.limit && (
        <div className="toolbar">
          <button
            type="button"
            className="button button--quiet"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - loaded.data!.page.limit))}
          >
            {t('hotline.newer')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={offset + loaded.data.page.limit >= loaded.data.page.total}
            onClick={() => setOffset(offset + loaded.data!.page.limit)}
          >
            {t('hotline.older')}
          </button>
        </div>
      )}
    </>
  );
}
