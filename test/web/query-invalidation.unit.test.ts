// Proves the app's change-then-invalidate contract without a browser: a list shown under its query key is read again
// after an action names the resource it changed (here through the real QueryClient with the app's options), a combined
// read is reached through any resource it is made of, and what the change did not touch is left alone.
import { QueryObserver, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '#web/app/src/api/query-client';
import { invalidate, queryKeys, readsAny } from '#web/app/src/api/query-keys';

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

  it('matches a key by its head only', () => {
    expect(readsAny(queryKeys.assignContext, ['settings'])).toBe(true);
    expect(readsAny(['submission', 'enterprises'], ['enterprises'])).toBe(false);
  });
});
