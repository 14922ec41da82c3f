// The app-wide sending of the phone's queue (issue 23): work queued without signal is sent whatever page is open, not
// only while the page that queued it is. Started once for a signed-in field user (field-queue-status.tsx, mounted by the
// app's header), it tries on start, on the `online` event, when the page comes back into view, when Background Sync
// wakes the page, and on a timer while items wait (a phone can regain signal without firing `online`). One round runs
// at a time; a call during one runs another round after it, so an item queued meanwhile is not left for the timer.
import type { Resource } from '../api/query-keys';
import { onQueueChange, pendingCount, type QueueSource } from './queue';
import { sendQueued } from './queue-changes';

/** How long the timer waits between tries while items wait. */
export const RETRY_MS = 15_000;

/** Whose queue is sent, which kinds it holds, and how sent work marks the lists it changed out of date. */
export interface QueueSyncTarget {
  userId: number;
  sources: readonly QueueSource[];
  changed: (...resources: Resource[]) => Promise<void>;
}

let target: QueueSyncTarget | null = null;
let round: Promise<number> | null = null;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;

async function sendAll(current: QueueSyncTarget): Promise<number> {
  let sent = 0;
  // Kinds one after another: one failing (its sender threw) leaves the others to be sent.
  for (const source of current.sources) sent += await sendQueued(current.changed, current.userId, source).catch(() => 0);
  return sent;
}

/** Sends every kind of the signed-in field user's queue now, when there is signal; answers how many were sent. */
export function syncQueuedNow(): Promise<number> {
  const current = target;
  if (!current || !navigator.onLine) return Promise.resolve(0);
  if (round) {
    again = true;
    return round;
  }
  round = sendAll(current).finally(() => {
    round = null;
    if (again) {
      again = false;
      void syncQueuedNow();
    } else void schedule();
  });
  return round;
}

/** Sets the timer when items wait and none is set. */
async function schedule(): Promise<void> {
  const current = target;
  if (!current || timer !== undefined) return;
  const waiting = await pendingCount(current.userId).catch(() => 0);
  if (waiting === 0 || target !== current || timer !== undefined) return;
  timer = setTimeout(() => {
    timer = undefined;
    if (navigator.onLine) void syncQueuedNow();
    else void schedule();
  }, RETRY_MS);
}

/** Starts sending `next`'s queue (replacing any user's before); returns the stop. */
export function startQueueSync(next: QueueSyncTarget): () => void {
  target = next;
  const kick = () => void syncQueuedNow();
  const visible = () => {
    if (document.visibilityState === 'visible') kick();
  };
  const woken = (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === 'sync-queue') kick();
  };
  window.addEventListener('online', kick);
  document.addEventListener('visibilitychange', visible);
  navigator.serviceWorker?.addEventListener('message', woken);
  const unsubscribe = onQueueChange(() => void schedule());
  kick();
  void schedule();
  return () => {
    unsubscribe();
    window.removeEventListener('online', kick);
    document.removeEventListener('visibilitychange', visible);
    navigator.serviceWorker?.removeEventListener('message', woken);
    if (target === next) {
      target = null;
      clearTimeout(timer);
      timer = undefined;
    }
  };
}
