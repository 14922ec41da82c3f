// The phone's queue on the gate page (issue 23): the data's as-of stamp when offline, each queued check as 待同步 /
// 已同步 / 未被接受 with the server's reason and what to do, or 无法发送 when the key cannot open it, with why it never
// can be and what to redo (offline/unreadable-words.ts; discarded only once the officer confirms), storage used (only while items wait or when it is nearly full: storage-note.ts), and a
// warning when checks have waited longer than the limit of the definition they were made with (offline/queue-limit.ts). The register and the visit page show their queues with it too; "待同步 N" and "离线"
// are the header's, on every page (offline/field-queue-status.tsx).
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../format/format-date-time';
import type { I18n } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { dropQueueItem, type QueueEntry } from '../../offline/queue';
import { unreadableWords } from '../../offline/unreadable-words';
import type { useOfflineQueue } from '../../offline/use-offline-queue';
import './offline-queue-panel.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';
import { storageNote } from './storage-note';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

type Queue = ReturnType<typeof useOfflineQueue>;

/** How a gate check the server has taken reads, with the server's decision: "已同步：已放行". */
export function syncedCheckText(t: I18n['t'], outcome: string | undefined): string {
  return t('offline.syncedAs', { outcome: outcome ? t(`worker.status.${outcome}` as Parameters<I18n['t']>[0]) : '' });
}

function storageSize(bytes: number): string {
  return bytes >= 1_073_741_824 ? `${(bytes / 1_073_741_824).toFixed(1)} GB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** The browser's storage quota for this site, once the estimate answers (null where it cannot tell). */
function useStorageQuota(): number | null {
  const [quota, setQuota] = useState<number | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(
      (estimate) => setQuota(estimate.quota ?? null),
      () => undefined,
    );
  }, []);
  return quota;
}

/** Props of OfflineQueuePanel: the queue, its data's stamp, and for other kinds than the gate's, how a synced item
 * reads and what to do with a refused one. */
export interface OfflineQueuePanelProps {
  queue: Queue;
  asOf: string | null;
  synced?: (item: QueueEntry) => string;
  whatToDo?: (item: QueueEntry) => string;
}

/** The stamp and the list under the form. */
export function OfflineQueuePanel({ queue, asOf, synced, whatToDo }: OfflineQueuePanelProps) {
  const { t, locale } = useI18n();
  const p = punctuation(locale);
  const quota = useStorageQuota();
  const storage = storageNote(queue.usage, quota, queue.items.length);
  const syncedText = synced ?? ((item: QueueEntry) => syncedCheckText(t, item.answer?.outcome));
  return (
    <section className="offline-panel" aria-labelledby="offline-queue-title">
      {!queue.online && (
        <div className="notice notice--warning">
          {asOf && <p className="notice__title">{t('offline.asOf', { time: formatDateTime(asOf, locale) })}</p>}
          <p>{t('offline.offlineNote')}</p>
        </div>
      )}
      {queue.overdue && (
        <p className="notice notice--error" role="alert">
          {t('offline.old', { hours: queue.overdue.limitHours })}
        </p>
      )}
      {queue.items.length > 0 && (
        <>
          <h2 id="offline-queue-title">{t('offline.queue')}</h2>
          <ul className="offline-list">
            {queue.items.map((item) => (
              <li key={item.clientId} className={`offline-item offline-item--${item.status}`}>
                <p>
                  <strong>{item.label ?? t(item.status === 'unreadable' ? 'offline.unreadableItem' : 'offline.locked')}</strong>
                  {p.colon}
                  {item.status === 'synced' ? syncedText(item) : t(`offline.status.${item.status}`)}
                </p>
                <p className="muted">{formatDateTime(item.deviceTime, locale)}</p>
                {item.status === 'refused' && (
                  <>
                    <p className="field__error">
                      {[item.answer?.message, ...(item.answer?.details ?? [])].filter(Boolean).join(p.semicolon)}
                    </p>
                    <p>{whatToDo?.(item) ?? t('offline.whatToDo')}</p>
                    <button type="button" className="button button--quiet" onClick={() => void dropQueueItem(item.clientId)}>
                      {t('offline.remove')}
                    </button>
                  </>
                )}
                {item.status === 'unreadable' && (
                  <>
                    <p>{unreadableWords(t, locale, item).why}</p>
                    <p>{unreadableWords(t, locale, item).whatToDo}</p>
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => {
                        if (window.confirm(t('offline.discardConfirm'))) void dropQueueItem(item.clientId);
                      }}
                    >
                      {t('offline.discard')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
          {queue.online && queue.pending > 0 && (
            <button type="button" className="button" onClick={queue.sync}>
              {t('offline.syncNow')}
            </button>
          )}
        </>
      )}
      {storage?.kind === 'used' && <p className="muted">{t('offline.storage', { used: storageSize(storage.used) })}</p>}
      {storage?.kind === 'nearlyFull' && (
        <p className="notice notice--warning" role="status">
          {t('gate.storageNearlyFull', { used: storageSize(storage.used), quota: storageSize(storage.quota) })}
        </p>
      )}
    </section>
  );
}
