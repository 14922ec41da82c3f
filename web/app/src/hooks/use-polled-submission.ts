// Follows a submission until its process ends: a fresh read every 2 s while the status is not final.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { Submission } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';

const POLL_MS = 2000;

/** Statuses after which nothing changes any more. */
const FINAL = new Set<Submission['status']>(['settled', 'failed']);

/** What the submission page shows. */
export interface PolledSubmission {
  submission: Submission | undefined;
  error: unknown;
  /** True while the status is not final and the page keeps asking. */
  polling: boolean;
}

// Network trouble and server errors may pass; a 4xx (not found, signed out) will not.
function worthRetrying(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** Loads submission `id` and polls while it is processing. */
export function usePolledSubmission(id: string): PolledSubmission {
  const [submission, setSubmission] = useState<Submission>();
  const [error, setError] = useState<unknown>(null);
  const [polling, setPolling] = useState(true);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setSubmission(undefined);
    setError(null);
    setPolling(true);
    const load = async () => {
      try {
        const answer = await fugongApi.submission(id, controller.signal);
        if (controller.signal.aborted) return;
        setSubmission(answer.submission);
        setError(null);
        const final = FINAL.has(answer.submission.status);
        setPolling(!final);
        if (!final) timer = setTimeout(load, POLL_MS);
      } catch (reason) {
        if (controller.signal.aborted) return;
        setError(reason);
        const again = worthRetrying(reason);
        setPolling(again);
        if (again) timer = setTimeout(load, POLL_MS);
      }
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id]);

  return { submission, error, polling };
}
