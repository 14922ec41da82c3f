// Work made without signal (issue 23), whatever its kind (a gate check, a quarantine check-in, a visit): queued encrypted on the phone, then
// sent once each when the connection returns. The client id makes a repeat harmless (the server answers the first
// result, `replayed`); one send runs at a time. Each kind (gate-queue.ts, quarantine-check-in-queue.ts, visit-queue.ts) says how its payload is
// named in the list and how it is sent.
import { PENDING_KEY } from './pending-key';
import { definitionLimitHours } from './queue-limit';
import { offlineStore, type QueueItem } from './offline-store';
import { queueKey, seal, unseal } from './queue-crypto';
import { sendPending, type Sender } from './send-pending';

export type { Sender };

/** The kinds of work the queue holds. */
export type QueueKind = QueueItem['kind'];

/** One item as a page lists it: the stored item and its label, when the key can read the payload. */
export type QueueEntry = QueueItem & { label: string | null };

/** What a page's queue hook needs of a kind: its items and its sending. */
export interface QueueSource {
  /** The kind it holds, which says what its sending changes (queue-changes.ts). */
  kind: QueueKind;
  list(userId: number): Promise<QueueEntry[]>;
  sync(userId: number): Promise<number>;
}

/** Who asked to be told when the queue changes. */
const listeners = new Set<() => void>();

/** Calls `listener` whenever the queue changes; returns the unsubscribe. */
export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many items of `userId` wait to be sent, whatever their kind. */
export async function pendingCount(userId: number): Promise<number> {
  return (await queueCounts(userId)).pending;
}

/** How many items of `userId` wait to be sent, and how many were set aside because the key cannot open them. */
export async function queueCounts(userId: number): Promise<{ pending: number; unreadable: number }> {
  const mine = (await offlineStore.all()).filter((item) => item.userId === userId);
  return {
    pending: mine.filter((item) => item.status === 'pending').length,
    unreadable: mine.filter((item) => item.status === 'unreadable').length,
  };
}

// Each user's count is mirrored where the sign-out's check reads it synchronously (pending-key.ts).
async function changed(): Promise<void> {
  const counts: Record<string, number> = {};
  for (const item of await offlineStore.all()) counts[item.userId] = (counts[item.userId] ?? 0) + (item.status === 'pending' ? 1 : 0);
  localStorage.setItem(PENDING_KEY, JSON.stringify(counts));
  for (const listener of listeners) listener();
}

/** Queues one item with its payload encrypted; refuses (returns false) when the user's key is not on the phone. */
export async function queueItem(
  userId: number,
  item: { clientId: string; kind: QueueKind; formVersion: number; deviceOutcome?: string },
  payload: unknown,
): Promise<boolean> {
  const key = await queueKey(userId);
  if (!key) return false;
  const limitHours = await definitionLimitHours(item.kind);
  const now = new Date().toISOString();
  await offlineStore.put({
    ...item,
    userId,
    deviceTime: now,
    limitHours,
    ...(await seal(key, payload)),
    status: 'pending',
    updatedAt: now,
  });
  await changed();
  // Background Sync where the browser has it; the app-wide sending (queue-sync.ts) also tries on `online`, on the page
  // coming back into view and on a timer while items wait.
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  await (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync
    ?.register('fugong-queue')
    .catch(() => undefined);
  return true;
}

/** The items of `userId` of one kind, newest first, each labelled from its payload where the key can read it. */
export async function queueEntries<P>(userId: number, kind: QueueKind, label: (payload: P) => string): Promise<QueueEntry[]> {
  const key = await queueKey(userId);
  const items = (await offlineStore.all()).filter((item) => item.userId === userId && item.kind === kind);
  items.sort((a, b) => b.deviceTime.localeCompare(a.deviceTime));
  return Promise.all(
    items.map(async (item) => ({
      ...item,
      label: key
        ? await unseal<P>(key, item.iv, item.sealed).then(
            (payload) => label(payload),
            () => null,
          )
        : null,
    })),
  );
}

/** Removes an item the server refused or the key cannot open (the user makes it again instead). */
export async function dropQueueItem(clientId: string): Promise<void> {
  await offlineStore.remove(clientId);
  await changed();
}

// One send per kind at a time: a second call while one runs joins it (a kind's call never answers another kind's).
const running = new Map<QueueKind, Promise<number>>();

/** Sends the user's pending items of `kind`, oldest first, one at a time (send-pending.ts); answers how many were sent. */
export function syncQueue<P>(userId: number, kind: QueueKind, sender: Sender<P>): Promise<number> {
  const joined = running.get(kind);
  if (joined) return joined;
  const run = (async () => {
    try {
      const key = await queueKey(userId);
      if (!key) return 0;
      const mine = (await offlineStore.all()).filter((item) => item.userId === userId && item.kind === kind);
      return await sendPending(mine, {
        open: (item) => unseal<P>(key, item.iv, item.sealed),
        save: (item) => offlineStore.put(item).then(() => undefined),
        changed,
        sender,
      });
    } finally {
      running.delete(kind);
    }
  })();
  running.set(kind, run);
  return run;
}
