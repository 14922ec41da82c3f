// Activities that keep the submissions table (a projection of workflow state) up to date.
import type { Db } from '#core/stores/db-types';
import { addKeyedEvent, changeSubmissionStatus, settleCollectionReport } from '#core/stores/submissions/submission-events';

/** Input of markSubmission. */
export interface MarkSubmissionInput {
  submissionId: string;
  status: 'received' | 'returned' | 'resolved' | 'settled' | 'failed' | 'rejected' | 'expired';
  result: Record<string, unknown> | null;
}

/** Input of settleCollectionReport: where the submission's workflow filed it (`{ roundId, punctuality, amends,
 * receivedAt }`). */
export interface SettleCollectionReportInput {
  submissionId: string;
  result: Record<string, unknown>;
}

/** Input of recordEvent: one line of a submission's timeline, written once per key. */
export interface RecordEventInput {
  key: string;
  submissionId: string;
  kind: string;
  detail: Record<string, unknown>;
}

/** How a case was resolved (solved on site, coordinated), kept as a column for the dashboard (migrations 0012, 0056): a
 * final result holds the decision under `data`; a resolution awaiting the enterprise's confirmation holds the decision's
 * fields at its top (workflows/resolution-confirmation.ts). */
function outcomeOf(status: MarkSubmissionInput['status'], result: Record<string, unknown> | null): string | null {
  const decided = status === 'resolved' ? result : (result?.data as Record<string, unknown> | undefined);
  const outcome = decided?.outcome;
  return typeof outcome === 'string' ? outcome.slice(0, 32) : null;
}

/** Builds the submission activities over a DB connection. */
export function createSubmissionActivities(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Records a submission's stage; idempotent, so a retry after a lost reply changes nothing more. */
    async markSubmission(input: MarkSubmissionInput): Promise<void> {
      const at = now().toISOString();
      // A retry after a lost reply finds the status already set: no second timeline entry.
      await changeSubmissionStatus(deps.db, { ...input, outcome: outcomeOf(input.status, input.result), at });
    },

    /** Ends a filed collection report's case as settled, keeping a round's own filing; a retry writes nothing. */
    async settleCollectionReport(input: SettleCollectionReportInput): Promise<void> {
      await settleCollectionReport(deps.db, { ...input, at: now().toISOString() });
    },

    /** Adds a timeline line (who did what at which rung, which SLA fired); a retry with the same key adds nothing. */
    async recordEvent(input: RecordEventInput): Promise<void> {
      await addKeyedEvent(deps.db, {
        eventKey: input.key,
        submissionId: input.submissionId,
        kind: input.kind,
        detail: input.detail,
        at: now().toISOString(),
      });
    },
  };
}
