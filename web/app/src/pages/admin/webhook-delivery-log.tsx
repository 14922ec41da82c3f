// The webhook delivery log: one row per event and subscription, newest first, a page at a time, with "retry now" on a
// waiting or dead delivery. Errors are said in the reader's words (the HTTP status the receiver answered, or unreachable).
import { useState } from 'react';
import { webhookApi, type WebhookDelivery } from '../../api/webhook-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { Pager } from '../../components/pager';
import { SuccessNotice } from '../../components/success-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';

/** The paged delivery log; read again when the page changes a webhook (its key reads webhooks). */
export function WebhookDeliveryLog() {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, reload } = useApiData(
    (signal) => webhookApi.deliveries(offset, signal),
    [offset],
    queryKeys.webhookDeliveries,
  );
  const changed = useChanged();
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const result = (row: WebhookDelivery) => {
    if (row.lastStatus !== null) return t('webhooks.answered', { status: row.lastStatus });
    if (row.lastError?.startsWith('subscription')) return t('webhooks.switchedOff');
    if (row.lastError === 'unreachable') return t('webhooks.unreachable');
    // Any other reason comes worded in the reader's language by the server (an internal address refused, no such host).
    return row.lastError ?? '';
  };
  const retry = async (id: number) => {
    setProblem(null);
    setNotice(null);
    try {
      await webhookApi.retry(id);
      setNotice(t('webhooks.retried'));
      void changed('webhooks');
    } catch (failure) {
      setProblem(failure);
    }
  };

  return (
    <section className="section">
      <h2>{t('webhooks.log')}</h2>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      <SuccessNotice message={notice} />
      {problem !== null && <ErrorNotice error={problem} />}
      {data && data.deliveries.length === 0 && <p className="empty">{t('webhooks.logEmpty')}</p>}
      {data && data.deliveries.length > 0 && (
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">{t('webhooks.log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.case')}</th>
                <th scope="col">{t('webhooks.occurredAt')}</th>
                <th scope="col">{t('webhooks.subscription')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.lastError')}</th>
                <th scope="col">{t('webhooks.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.deliveries.map((row) => (
                <tr key={row.id}>
                  <td data-label={t('webhooks.event')}>{t(`webhooks.kind.${row.kind}`)}</td>
                  <td data-label={t('webhooks.case')} className="mono">
                    {row.caseNumber ?? '—'}
                  </td>
                  <td data-label={t('webhooks.occurredAt')}>{formatDateTime(row.occurredAt, locale)}</td>
                  <td data-label={t('webhooks.subscription')} data-user-data>
                    {row.subscriptionName}
                  </td>
                  <td data-label={t('webhooks.status')}>
                    {t(`webhooks.status.${row.status}`)}
                    {row.status === 'pending' && row.nextAttemptAt && (
                      <span className="muted"> · {t('webhooks.nextAttempt', { at: formatDateTime(row.nextAttemptAt, locale) })}</span>
                    )}
                  </td>
                  <td data-label={t('webhooks.attempts')}>{row.attempts}</td>
                  <td data-label={t('webhooks.lastError')}>{result(row)}</td>
                  <td data-label={t('webhooks.actions')}>
                    {row.retryable && (
                      <button type="button" className="button button--quiet" onClick={() => void retry(row.id)}>
                        {t('webhooks.retryNow')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <Pager page={data.page} shown={data.deliveries.length} onOffset={setOffset} />}
    </section>
  );
}
