// The page's view of the phone's queue (one kind of item): its items, whether the phone is online, storage used, and the sending — on
// opening the page with signal, on the `online` event, and when Background Sync wakes the page.
import { useCallback, useEffect, useState } from 'react';
import { onQueueChange, type QueueEntry, type QueueSource } from './queue';

const HOUR_MS = 3_600_000;

/** The queue of `userId`'s items of one kind (`source`, a module constant) and what the page needs around it. */
export function useOfflineQueue(userId: number, source: QueueSource) {
  const [items, setItems] = useState<QueueEntry[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [usage, setUsage] = useState<number | null>(null);

  const refresh = useCallback(() => {
    void source.list(userId).then(setItems, () => setItems([]));
    void navigator.storage?.estimate?.().then(
      (estimate) => setUsage(estimate.usage ?? null),
      () => undefined,
    );
  }, [userId, source]);
  const sync = useCallback(() => {
    if (navigator.onLine) void source.sync(userId).finally(refresh);
  }, [userId, source, refresh]);

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

  const pending = items.filter((item) => item.status === 'pending');
  const oldest = pending.reduce<number | null>((min, item) => Math.min(min ?? Infinity, Date.parse(item.deviceTime)), null);
  return {
    items,
    pending: pending.length,
    online,
    usage,
    /** How long the oldest unsent item has waited, in hours. */
    oldestHours: oldest === null ? 0 : (Date.now() - oldest) / HOUR_MS,
    sync,
    refresh,
  };
}
