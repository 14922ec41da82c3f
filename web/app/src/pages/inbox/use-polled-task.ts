// Keeps a task page current: reads the task every few seconds while the page is open, so another person's claim
// or decision shows without a reload. Polling pauses while the tab is hidden.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { inboxApi } from '../../api/inbox-api';
import type { TaskDetail } from '../../api/inbox-types';
import { worthRetrying } from '../../api/worth-retrying';

/** How often the open task is read again. */
export const TASK_POLL_MS = 5000;

/** What the task page shows. */
export interface PolledTask {
  detail: TaskDetail | undefined;
  error: unknown;
  /** When the shown answer arrived (0 before any): what depends on each read of the task keys its reads by it. */
  readAt: number;
  /** Reads the task now (after an action of this user). */
  reload: () => Promise<void>;
}

/** The query key of task `id`; invalidate it after changing the task. */
export const taskKey = (id: string) => ['task', id];

/** Loads task `id` and polls it (not while the tab is hidden, nor after an answer that asking again will not change). */
export function usePolledTask(id: string): PolledTask {
  const query = useQuery({
    queryKey: taskKey(id),
    queryFn: ({ signal }) => inboxApi.task(id, signal),
    refetchInterval: (current) => (current.state.status === 'error' && !worthRetrying(current.state.error) ? false : TASK_POLL_MS),
  });
  const { refetch } = query;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  return { detail: query.data, error: query.error ?? null, readAt: query.dataUpdatedAt, reload };
}
