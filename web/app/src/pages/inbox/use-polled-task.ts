// Keeps a task page current: reads the task every few seconds while the page is open, so another person's claim
// or decision shows without a reload. Polling pauses while the tab is hidden.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { inboxApi } from '../../api/inbox-api';
import type { TaskDetail } from '../../api/inbox-types';

/** How often the open task is read again. */
export const TASK_POLL_MS = 5000;

/** What the task page shows. */
export interface PolledTask {
  detail: TaskDetail | undefined;
  error: unknown;
  /** Reads the task now (after an action of this user). */
  reload: () => Promise<void>;
}

// Not found, forbidden or signed out will not change by asking again.
function worthRetrying(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/** Loads task `id` and polls it. */
export function usePolledTask(id: string): PolledTask {
  const [detail, setDetail] = useState<TaskDetail>();
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(async (): Promise<boolean> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      const answer = await inboxApi.task(id, current.signal);
      if (current.signal.aborted) return true;
      setDetail(answer);
      setError(null);
      return true;
    } catch (reason) {
      if (current.signal.aborted) return true;
      setError(reason);
      return worthRetrying(reason);
    }
  }, [id]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      const again = document.visibilityState === 'hidden' ? true : await load();
      if (!stopped && again) timer = setTimeout(() => void tick(), TASK_POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller.current?.abort();
    };
  }, [load]);

  const reload = useCallback(async () => {
    await load();
  }, [load]);
  return { detail, error, reload };
}
