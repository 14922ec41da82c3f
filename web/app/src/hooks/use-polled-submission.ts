// Follows a submission while its workflow runs: a fresh read every 2 s, slowing to every 10 s while nothing changes
// (a case can wait days for a cadre or for the enterprise), and stopping once the workflow has ended.
import { useQuery, type Query } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Submission } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { worthRetrying } from '../api/worth-retrying';

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
  /** When the shown answer arrived (0 before any): what depends on each read of the submission keys its reads by it. */
  readAt: number;
  /** Reads the submission again now (after the user acted), and resumes polling at the fast pace. */
  reload: () => void;
}

/** True while the submission's process may still change it. */
export function stillRunning(submission: Pick<Submission, 'status' | 'workflowStatus'>): boolean {
  if (submission.workflowStatus) return submission.workflowStatus === 'RUNNING';
  return !FINAL.has(submission.status);
}

/** The query key of submission `id` as read in `locale`; invalidate `submissionKey(id)` after changing it. */
export const submissionKey = (id: string, locale?: string) => (locale === undefined ? ['submission', id] : ['submission', id, locale]);

type SubmissionAnswer = Awaited<ReturnType<typeof fugongApi.submission>>;

/** The pace of one submission's polling: fast after a change, slower while the answers stay the same. */
interface Pace {
  ms: number;
  seen: string;
  /** The answer the pace was last adjusted for (the interval is computed at every update of the query). */
  answeredAt: number;
}

const fresh = (): Pace => ({ ms: FIRST_MS, seen: '', answeredAt: 0 });

/** Loads submission `id` and polls while its workflow runs; read again when `locale` changes (the server words the result and
 * titles the fields in the reader's language). */
export function usePolledSubmission(id: string, locale?: string): PolledSubmission {
  const pace = useRef(fresh());
  const nextRead = useCallback((query: Query<SubmissionAnswer>): number | false => {
    const { data, dataUpdatedAt, error, status } = query.state;
    if (status === 'error') return worthRetrying(error) ? pace.current.ms : false;
    if (!data) return false;
    if (dataUpdatedAt !== pace.current.answeredAt) {
      const answer = data.submission;
      const version = `${answer.status}|${answer.updatedAt}|${answer.timeline?.length ?? 0}|${answer.emails?.length ?? 0}`;
      pace.current = {
        ms: version === pace.current.seen ? Math.min(SLOWEST_MS, pace.current.ms * 1.5) : FIRST_MS,
        seen: version,
        answeredAt: dataUpdatedAt,
      };
    }
    return stillRunning(data.submission) ? pace.current.ms : false;
  }, []);

  const query = useQuery({
    queryKey: submissionKey(id, locale ?? ''),
    queryFn: ({ signal }) => fugongApi.submission(id, signal),
    refetchInterval: nextRead,
    // The page keeps following the case in a background tab, as an open page always did.
    refetchIntervalInBackground: true,
    // A reload in another language keeps what is shown until the fresh answer arrives.
    placeholderData: (previous) => previous,
  });

  const { refetch } = query;
  const reload = useCallback(() => {
    pace.current = fresh();
    void refetch();
  }, [refetch]);

  const submission = query.data?.submission;
  // Another id shows nothing of the previous one. The page is addressed by the submission's id or by its case number
  // (the links in emails name the case number people quote).
  const asked = id.toLowerCase();
  const shown = submission && [submission.id, submission.caseNumber].some((name) => name?.toLowerCase() === asked) ? submission : undefined;
  const polling = query.isError ? worthRetrying(query.error) : !submission || stillRunning(submission);
  return { submission: shown, error: query.error ?? null, polling, readAt: query.dataUpdatedAt, reload };
}
