// Proves the app's change-then-invalidate contract without a browser: a list shown under its query key is read again
// after an action names the resource it changed (here through the real QueryClient with the app's options), a combined
// read is reached through any resource it is made of, and what the change did not touch is left alone. Work queued
// without signal keeps the contract too: once its sync sends something, the lists shown beside the queue read it again.
import { QueryObserver, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '#web/app/src/api/query-client';
import { invalidate, queryKeys, readsAny } from '#web/app/src/api/query-keys';
import { QUEUE_CHANGES, sendQueued } from '#web/app/src/offline/queue-changes';
import type { QueueSource } from '#web/app/src/offline/queue';

/** Shows `key` as a page would (an observer subscribed to it) and counts the reads of it. */
function show(client: ReturnType<typeof createQueryClient>, key: QueryKey) {
  const reads = { count: 0 };
  const observer = new QueryObserver(client, {
    queryKey: key,
    queryFn: () => {
      reads.count += 1;
      return Promise.resolve({ read: reads.count });
    },
  });
  const stop = observer.subscribe(() => undefined);
  return { reads, observer, stop };
}

const settled = async (client: ReturnType<typeof createQueryClient>) => {
  while (client.isFetching() > 0) await new Promise((resolve) => setTimeout(resolve, 1));
};

describe('query invalidation after a change', () => {
  it('reads the affected list again, and a combined read through any of its resources, but nothing else', async () => {
    const client = createQueryClient();
    const enterprises = show(client, [...queryKeys.enterprises, '', false]);
    const scope = show(client, queryKeys.scopeOptions);
    const users = show(client, [...queryKeys.users, '']);
    await settled(client);
    expect([enterprises.reads.count, scope.reads.count, users.reads.count]).toEqual([1, 1, 1]);

    // Saving an enterprise: the enterprise list and the scope pickers (made of enterprises) are read again.
    await invalidate(client, ['enterprises']);
    await settled(client);
    expect([enterprises.reads.count, scope.reads.count, users.reads.count]).toEqual([2, 2, 1]);
    expect(enterprises.observer.getCurrentResult().data).toEqual({ read: 2 });

    // A new project: only the combined read that includes projects.
    await invalidate(client, ['projects']);
    await settled(client);
    expect([enterprises.reads.count, scope.reads.count, users.reads.count]).toEqual([2, 3, 1]);
    for (const shown of [enterprises, scope, users]) shown.stop();
    client.clear();
  });

  it('a decided task reaches the inbox list, the task, its timeline and the case panel', async () => {
    const client = createQueryClient();
    const inbox = show(client, [...queryKeys.tasks, { status: 'open' }, 0]);
    const timeline = show(client, [...queryKeys.timeline, 't-1', 0, 'en']);
    const casePanel = show(client, [...queryKeys.caseState, 's-1', 0]);
    const forms = show(client, [...queryKeys.forms, 7]);
    await settled(client);
    await invalidate(client, ['task', 'tasks', 'submission', 'submissions', 'case']);
    await settled(client);
    expect([inbox.reads.count, timeline.reads.count, casePanel.reads.count, forms.reads.count]).toEqual([2, 2, 2, 1]);
    for (const shown of [inbox, timeline, casePanel, forms]) shown.stop();
    client.clear();
  });

  it('a sync of queued work reads again the lists beside the queue, and nothing when none was sent', async () => {
    const client = createQueryClient();
    const visits = show(client, [...queryKeys.visits, '', '', 0, 1]);
    const due = show(client, [...queryKeys.gateRegister, 3, 'due']);
    const forms = show(client, [...queryKeys.forms, 1]);
    await settled(client);
    // A queue of one kind whose sync sends `sent` items (the real senders need IndexedDB and WebCrypto).
    const queue = (kind: QueueSource['kind'], sent: number): QueueSource => ({
      kind,
      list: () => Promise.resolve([]),
      sync: () => Promise.resolve(sent),
    });

    // Reconnecting with nothing pending sends nothing: nothing is read again.
    await sendQueued((...changed) => invalidate(client, changed), 1, queue('visit', 0));
    await settled(client);
    expect([visits.reads.count, due.reads.count, forms.reads.count]).toEqual([1, 1, 1]);

    // A queued visit sent: the visit list above the queue shows it.
    expect(await sendQueued((...changed) => invalidate(client, changed), 1, queue('visit', 1))).toBe(1);
    await settled(client);
    expect([visits.reads.count, due.reads.count, forms.reads.count]).toEqual([2, 1, 1]);

    // A queued check-in sent: the register's "due now" list drops the worker.
    await sendQueued((...changed) => invalidate(client, changed), 1, queue('quarantine-check-in', 2));
    await settled(client);
    expect([visits.reads.count, due.reads.count, forms.reads.count]).toEqual([2, 2, 1]);
    for (const shown of [visits, due, forms]) shown.stop();
    client.clear();
  });

  it('every kind of queued work names what it changes', () => {
    expect(readsAny(queryKeys.visits, QUEUE_CHANGES.visit)).toBe(true);
    expect(readsAny(queryKeys.gateRegister, QUEUE_CHANGES['quarantine-check-in'])).toBe(true);
    expect(readsAny(queryKeys.gateRegister, QUEUE_CHANGES['gate-check'])).toBe(true);
  });

  it('matches a key by its head only', () => {
    expect(readsAny(queryKeys.assignContext, ['settings'])).toBe(true);
    expect(readsAny(['submission', 'enterprises'], ['enterprises'])).toBe(false);
  });
});
