// The cadre's visit log without signal (issue 23): the service worker caches this page, the visit list and the
// published visit-log definition on this online visit; without signal the page says how old the list is ("数据截至 …",
// the gate pages' stamp), the header shows "待同步 N" (on every page: offline/field-queue-status.tsx, which also sends
// the queue whatever page is open) and the list under the page each queued visit as 待同步 / 已同步 / 未被接受 with
// the server's reason. Loaded lazily, for cadres only.
import { useEffect } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { offlineZhCn } from '../../i18n/messages/offline-messages';
import { enableOffline } from '../../offline/enable-offline';
import type { QueueEntry } from '../../offline/queue';
import { queueKey } from '../../offline/queue-crypto';
import { useOfflineQueue } from '../../offline/use-offline-queue';
import { visitQueue } from '../../offline/visit-queue';
import { OfflineQueuePanel } from '../gate/offline-queue-panel';

addZhCnMessages(offlineZhCn);

/** The kind of item the cadre queues. */
const VISIT_QUEUE = [visitQueue];

/** The answers the visit page reads: the session, the first page of visits and the definition. */
const VISIT_DATA = ['/api/session', '/api/visits?offset=0', '/api/visits/form'];

/** Props of VisitOffline: the cadre, and when the visit list shown was fetched (its "data as of" stamp offline). */
export interface VisitOfflineProps {
  userId: number;
  asOf: string | null;
}

/** The cadre's queue of visits: the stamp of the cached list without signal, and the list. */
export default function VisitOffline({ userId, asOf }: VisitOfflineProps) {
  const { t } = useI18n();
  const queue = useOfflineQueue(userId, VISIT_QUEUE);
  // After this visit the page opens without signal: the worker caches it, and the queue's key is fetched now.
  useEffect(() => {
    void enableOffline(VISIT_DATA);
    if (navigator.onLine) void queueKey(userId);
  }, [userId]);
  const synced = (item: QueueEntry) =>
    item.answer?.filed ? t('offline.visitFiled', { count: item.answer.filed }) : t('offline.visitSynced');
  return <OfflineQueuePanel queue={queue} asOf={asOf} synced={synced} whatToDo={() => t('offline.visitWhatToDo')} />;
}
