// The page's view of the phone's queue (the kinds of item it shows): its items, whether the phone is online, and storage
// used. The sending itself is app-wide (queue-sync.ts, started for the signed-in field user whatever page is open);
// the page's "立即同步" asks it for a round now.
import { useCallback, useEffect, useState } from 'react';
import { onQueueChange, type QueueEntry, type QueueSource } from './queue';
import { syncQueuedNow } from './queue-sync';
import { overdueItems } from './queue-limit';

/** The queue of `userId`'s items of the kinds `sources` holds (a module constant) and what the page needs around it. */
export function useOfflineQueue(userId: number, sources: readonly QueueSource[]) {
  const [items, setItems] = useState<QueueEntry[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [usage, setUsage] = useState<number | null>(null);

  const refresh = useCallback(() => {
    void Promise.all(sources.map((source) => source.list(userId))).then(
      // Newest first across the kinds, as each kind lists its own.
      (lists) => setItems(lists.flat().sort((a, b) => b.deviceTime.localeCompare(a.deviceTime))),
      () => setItems([]),
    );
    void navigator.storage?.estimate?.().then(
      (estimate) => setUsage(estimate.usage ?? null),
      () => undefined,
    );
  }, [userId, sources]);
  const sync = useCallback(() => void syncQueuedNow().finally(refresh), [refresh]);

  useEffect(() => {
    refresh();
    const unsubscribe = onQueueChange(refresh);
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      unsubscribe();
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [refresh]);

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
