// Follows a submission while its workflow runs: a fresh read every 2 s, slowing to every 10 s while nothing changes
// (a case can wait days for a cadre or for the enterprise), and stopping once the workflow has ended.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { Submission } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';

const FIRST_MS = 2000;
const SLOWEST_MS = 10_000;

/** Statuses after which nothing changes any more (when Temporal cannot say whether the workflow still runs). */
const FINAL = new Set<string>(['settled', 'failed', 'rejected', 'expired']);

/** What the submission page shows. */
export interface PolledSubmission {
  submission: Submission | undefined;
  error: unknown;
  /** True while the workflow runs and the page keeps asking. */
  polling: boolean;
  /** Reads the submission again now (after the user acted), and resumes polling at the fast pace. */
  reload: () => void;
}

// Network trouble and server errors may pass; a 4xx (not found, signed out) will not.
function worthRetrying(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** True while the submission's process may still change it. */
export function stillRunning(submission: Pick<Submission, 'status' | 'workflowStatus'>): boolean {
  if (submission.workflowStatus) return submission.workflowStatus === 'RUNNING';
  return !FINAL.has(submission.status);
}

/** Loads submission `id` and polls while its workflow runs; read again when `locale` changes (the server words the result and
 * titles the fields in the reader's language). */
export function usePolledSubmission(id: string, locale?: string): PolledSubmission {
  const [submission, setSubmission] = useState<Submission>();
  const [error, setError] = useState<unknown>(null);
  const [polling, setPolling] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pace = FIRST_MS;
    let seen = '';
    setError(null);
    setPolling(true);
    const load = async () => {
      try {
        const { submission: answer } = await fugongApi.submission(id, controller.signal);
        if (controller.signal.aborted) return;
        setSubmission(answer);
        setError(null);
        const version = `${answer.status}|${answer.updatedAt}|${answer.timeline?.length ?? 0}|${answer.emails?.length ?? 0}`;
        pace = version === seen ? Math.min(SLOWEST_MS, pace * 1.5) : FIRST_MS;
        seen = version;
        const running = stillRunning(answer);
        setPolling(running);
        if (running) timer = setTimeout(() => void load(), pace);
      } catch (reason) {
        if (controller.signal.aborted) return;
        setError(reason);
        const again = worthRetrying(reason);
        setPolling(again);
        if (again) timer = setTimeout(() => void load(), pace);
      }
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id, attempt, locale]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // A reload keeps what is shown until the fresh answer arrives; another id shows nothing of the previous one.
  const shown = submission?.id.toLowerCase() === id.toLowerCase() ? submission : undefined;
  return { submission: shown, error, polling, reload };
}
