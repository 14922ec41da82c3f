// The page's view of the phone's queue (one kind of item): its items, whether the phone is online, storage used, and the sending — on
// opening the page with signal, on the `online` event, and when Background Sync wakes the page.
import { useCallback, useEffect, useState } from 'react';
import { useChanged } from '../hooks/use-changed';
import { onQueueChange, type QueueEntry, type QueueSource } from './queue';
import { sendQueued } from './queue-changes';
import { overdueItems } from './queue-limit';

/** The queue of `userId`'s items of one kind (`source`, a module constant) and what the page needs around it. */
export function useOfflineQueue(userId: number, source: QueueSource) {
  const [items, setItems] = useState<QueueEntry[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [usage, setUsage] = useState<number | null>(null);
  const changed = useChanged();

  const refresh = useCallback(() => {
    void source.list(userId).then(setItems, () => setItems([]));
    void navigator.storage?.estimate?.().then(
      (estimate) => setUsage(estimate.usage ?? null),
      () => undefined,
    );
  }, [userId, source]);
  // What was sent is on the server now: the lists shown beside the queue (the visits, the register) read it again.
  const sync = useCallback(() => {
    if (navigator.onLine) void sendQueued(changed, userId, source).finally(refresh);
  }, [userId, source, refresh, changed]);

  useEffect(() => {
    refresh();
    sync();
    const unsubscribe = onQueueChange(refresh);
    const up = () => {
      setOnline(true);
      sync();
    };
    const down = () => setOnline(false);
    const woken = (event: MessageEvent) => {
      if ((event.data as { type?: string } | null)?.type === 'sync-queue') sync();
    };
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    navigator.serviceWorker?.addEventListener('message', woken);
    return () => {
      unsubscribe();
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      navigator.serviceWorker?.removeEventListener('message', woken);
    };
  }, [refresh, sync]);

  return {
    items,
    pending: items.filter((item) => item.status === 'pending').length,
    online,
    usage,
    /** The unsent items older than the limit of the definition each was made with, and the limit to name; or null. */
    overdue: overdueItems(items, Date.now()),
    sync,
    refresh,
  };
}
