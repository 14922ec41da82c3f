// The writes that keep a submission's row and timeline in step with its workflow: a status change with its timeline
// line, and timeline lines written once per key (a retried activity adds nothing).
import { toJson } from '../../db';
import type { Db } from '../db-types';

/** A submission's new status and result, with the `outcome` column kept for the dashboard. */
export interface SubmissionStatusChange {
  submissionId: string;
  status: string;
  result: Record<string, unknown> | null;
  outcome: string | null;
  at: string;
}

/** Sets the status and adds its `status.<status>` timeline line in one transaction; when the submission already has
 * that status (a retry after a lost reply) nothing is written. */
export async function changeSubmissionStatus(db: Db, change: SubmissionStatusChange): Promise<void> {
  await db.transaction(async (trx) => {
    const current = await trx('submissions').where({ id: change.submissionId }).first('status');
    if (current?.status === change.status) return;
    await trx('submissions')
      .where({ id: change.submissionId })
      .update({
        status: change.status,
        result: change.result === null ? null : toJson(change.result),
        outcome: change.outcome,
        updated_at: change.at,
      });
    await trx('submission_events').insert({
      submission_id: change.submissionId,
      kind: `status.${change.status}`,
      detail: toJson(change.result ?? {}),
      at: change.at,
    });
  });
}

/** One timeline line with the key that makes it unique. */
export interface KeyedEvent {
  eventKey: string;
  submissionId: string;
  kind: string;
  detail: unknown;
  at: string;
}

/** Adds a timeline line unless one with its key is there already. */
export async function addKeyedEvent(db: Db, event: KeyedEvent): Promise<void> {
  await db('submission_events')
    .insert({
      submission_id: event.submissionId,
      kind: event.kind,
      detail: toJson(event.detail),
      at: event.at,
      event_key: event.eventKey,
    })
    .onConflict('event_key')
    .ignore();
}
