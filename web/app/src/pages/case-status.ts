// The status a case page shows. A process may end with the submission row still saying it is open: a collection
// report filed before its workflow settled such reports (migration 0052 settles those a round lists, not one that found
// no round), or a process type that never marks its end. "Received" beside "process finished" contradicts itself, so
// an ended process reads as settled.
import type { Submission, SubmissionStatus } from '../api/api-types';

/** Statuses of a case still being handled. */
const OPEN = new Set<SubmissionStatus>(['submitted', 'received', 'returned', 'resolved']);

/** The submission's status, or `settled` when its workflow has completed while the row still says the case is open. */
export function caseStatus(submission: Pick<Submission, 'status' | 'workflowStatus'>): SubmissionStatus {
  return submission.workflowStatus === 'COMPLETED' && OPEN.has(submission.status) ? 'settled' : submission.status;
}
