// What sending queued work changes on the server, by kind, so the page that sent it reads those lists again: a visit
// synced on reconnect belongs in the visit list shown above the queue, and a synced check-in takes its worker off the
// register's "due now" list. Kept apart from the senders, which need the browser's storage and crypto, so it can be tested.
import type { Resource } from '../api/query-keys';
import type { QueueItem } from './offline-store';
import type { QueueSource } from './queue';

/** The resources a sent item of each kind changes, as the same action made online names them. */
export const QUEUE_CHANGES: Record<QueueItem['kind'], readonly Resource[]> = {
  // A gate check registers (or updates) the worker on the site's register.
  'gate-check': ['gate-register'],
  // A check-in closes the worker's open slot on the register.
  'quarantine-check-in': ['gate-register'],
  // A visit joins the visit list; with its problems filed it also opens cases and their tasks (as visit-detail.tsx says).
  visit: ['visits', 'submissions', 'tasks'],
};

/** Sends `userId`'s pending items of `source` and answers how many were sent; once any was, what its kind changes is
 * marked out of date through `changed` (the page's `useChanged()`; not awaited: the queue's own list need not wait
 * for those reads). */
export async function sendQueued(
  changed: (...resources: Resource[]) => Promise<void>,
  userId: number,
  source: QueueSource,
): Promise<number> {
  const sent = await source.sync(userId);
  if (sent > 0) void changed(...QUEUE_CHANGES[source.kind]);
  return sent;
}
