// The field user's queue, app-wide (issue 23): mounted in the header for a signed-in gate officer or cadre on every
// page, it runs the queue's sending (queue-sync.ts), has sign-out first try to send and then warn about what is left
// (forget-offline-session.ts), and shows "离线" without signal, "待同步 N" while N items of this user wait and
// "无法发送 N" for the items set aside because the key cannot open them (a link to the page that lists them, where the
// officer discards them). Loaded on demand for field roles only, so the first scripts every role loads stay as they were.
import { useEffect, useState } from 'react';
import { useChanged } from '../hooks/use-changed';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { offlineZhCn } from '../i18n/messages/offline-messages';
import { useI18n } from '../i18n/use-i18n';
import { QUEUE_PAGE_BY_ROLE, QUEUES_BY_ROLE } from './field-queues';
import { guardSignOut } from './forget-offline-session';
import { onSignOutFlush, PENDING_KEY } from './pending-key';
import { onQueueChange, queueCounts } from './queue';
import { startQueueSync, syncQueuedNow } from './queue-sync';
import './field-queue-status.css';

addZhCnMessages(offlineZhCn);

/** Props of FieldQueueStatus: the signed-in field user. */
export interface FieldQueueStatusProps {
  userId: number;
  role: string;
}

/** How many of `userId`'s items wait and how many were set aside, read again whenever the queue changes (here or in
 * another tab). */
function useQueueCounts(userId: number): { pending: number; unreadable: number } {
  const [counts, setCounts] = useState({ pending: 0, unreadable: 0 });
  useEffect(() => {
    let live = true;
    const count = () =>
      void queueCounts(userId).then(
        (n) => live && setCounts(n),
        () => undefined,
      );
    count();
    const unsubscribe = onQueueChange(count);
    const elsewhere = (event: StorageEvent) => {
      if (event.key === PENDING_KEY) count();
    };
    window.addEventListener('storage', elsewhere);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('storage', elsewhere);
    };
  }, [userId]);
  return counts;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/** The header's queue status, and the sending behind it. */
export default function FieldQueueStatus({ userId, role }: FieldQueueStatusProps) {
  const { t } = useI18n();
  const changed = useChanged();
  const { pending, unreadable } = useQueueCounts(userId);
  const online = useOnline();
  useEffect(() => {
    guardSignOut();
    const stop = startQueueSync({ userId, sources: QUEUES_BY_ROLE[role] ?? [], changed });
    const undoFlush = onSignOutFlush(syncQueuedNow);
    return () => {
      undoFlush();
      stop();
    };
  }, [userId, role, changed]);
  if (online && pending === 0 && unreadable === 0) return null;
  return (
    <span className="offline-status" role="status">
      {!online && <span className="offline-status__offline">{t('offline.offline')}</span>}
      {pending > 0 && <span className="offline-status__pending">{t('offline.pending', { count: pending })}</span>}
      {unreadable > 0 && (
        <a className="offline-status__unreadable" href={QUEUE_PAGE_BY_ROLE[role]}>
          {t('offline.unreadable', { count: unreadable })}
        </a>
      )}
    </span>
  );
}
