// Admins browse every email the system rendered; a lazily loaded chunk that other roles never download.
import { useEffect, useRef, useState } from 'react';
import { fugongApi } from '../../api/fugong-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { OutboxMessageView } from './outbox-message-view';
import { outboxRecipient } from './outbox-recipient';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { robotZhCn } from '../../i18n/messages/robot-messages';

addZhCnMessages(robotZhCn);

/** The outbox table with a detail panel for the selected message. */
export function OutboxPage() {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  // The server words what it holds back (a hidden message's note) in the reader's language: read again on a switch.
  const { data, error, loading, reload } = useApiData((signal) => fugongApi.outbox({ offset }, signal), [offset, locale], queryKeys.outbox);
  const changed = useChanged();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const detail = useRef<HTMLDivElement>(null);
  const selected = data?.messages.find((message) => message.id === selectedId);

  useEffect(() => {
    if (selectedId !== null) detail.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [selectedId]);

  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      <p className="muted">{t('outbox.intro')}</p>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && data.messages.length === 0 && <p className="empty">{t('outbox.empty')}</p>}
      {data && data.messages.length > 0 && (
        <div className="table-wrap">
          <table className="table table--stack table--select">
            <caption className="visually-hidden">{t('outbox.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('email.subject')}</th>
                <th scope="col">{t('outbox.channel')}</th>
                <th scope="col">{t('email.to')}</th>
                <th scope="col">{t('email.status')}</th>
                <th scope="col">{t('email.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.messages.map((message) => (
                <tr
                  key={message.id}
                  className={message.id === selectedId ? 'is-selected' : undefined}
                  onClick={() => setSelectedId(message.id)}
                >
                  {/* A message as it was sent, in its recipient's language: data, whatever the reader's language. */}
                  <td data-label={t('email.subject')} data-user-data>
                    {/* The row is clickable for the mouse; this button makes it reachable by keyboard. */}
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={message.id === selectedId}
                      onClick={(event) => {
                        event.stopPropagation();
                        setSelectedId(message.id);
                      }}
                    >
                      {message.subject}
                    </button>
                  </td>
                  <td data-label={t('outbox.channel')} className="no-wrap">
                    {t(`channel.${message.channel}` as MessageKey)}
                  </td>
                  <td data-label={t('email.to')} className="break" data-user-data>
                    {outboxRecipient(message)}
                  </td>
                  <td data-label={t('email.status')}>
                    <StatusBadge status={message.status} kind="emailStatus" />
                  </td>
                  <td data-label={t('email.createdAt')}>{formatDateTime(message.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <Pager page={data.page} shown={data.messages.length} onOffset={setOffset} />}
      <div ref={detail}>
        {selected && (
          <OutboxMessageView
            key={selected.id}
            message={selected}
            onClose={() => setSelectedId(null)}
            onRetried={() => void changed('outbox')}
          />
        )}
      </div>
    </>
  );
}
