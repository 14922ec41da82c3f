// The writes that keep a submission's row and timeline in step with its workflow: a status change with its timeline
// line, timeline lines written once per key (a retried activity adds nothing), and the result of a collection report
// that a round filed after the submission's own workflow had found no round for it.
import { fromJson, toJson } from '../../db';
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
    // Only a row not yet in that status changes: on PostgreSQL a concurrent writer of the same status (a round filing
    // the report, below) makes this update find nothing rather than overwrite its result.
    const changed = await trx('submissions')
      .where({ id: change.submissionId })
      .whereNot({ status: change.status })
      .update({
        status: change.status,
        result: change.result === null ? null : toJson(change.result),
        outcome: change.outcome,
        updated_at: change.at,
      });
    if (!changed) return;
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

/** Where a round filed a collection submission (activities/collection/file-submission.ts's answer). */
export interface FiledReportResult {
  submissionId: string;
  filed: { roundId: string; punctuality: 'on_time' | 'late'; amends: string | null };
  /** When the round filed it (ISO). */
  at: string;
}

/**
 * Brings the result of a submission that a round filed after its workflow recorded "filed nowhere" to what that workflow
 * would have recorded: `{ roundId, punctuality, amends, receivedAt }`, so it reads "按时提交" rather than "已收到". A
 * submission its workflow has not marked yet is marked received here; the workflow then settles it and keeps this
 * result (settleCollectionReport). Idempotent: a result already saying this is left alone. Each write is conditional on
 * the status it read, and read again when the submission's workflow moved it in between.
 */
export async function recordFiledReportResult(db: Db, change: FiledReportResult): Promise<void> {
  const { submissionId, filed, at } = change;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row: { status: string; result: unknown } | undefined = await db('submissions')
      .where({ id: submissionId })
      .first('status', 'result');
    if (row?.status === 'submitted') {
      const result = { ...filed, receivedAt: at };
      const marked = await db('submissions')
        .where({ id: submissionId, status: 'submitted' })
        .update({ status: 'received', result: toJson(result), updated_at: at });
      if (!marked) continue;
      await db('submission_events').insert({ submission_id: submissionId, kind: 'status.received', detail: toJson(result), at });
      return;
    }
    // Any other status is a decision this filing must not undo (no collection process sets one today).
    if (row?.status !== 'received' && row?.status !== 'settled') return;
    const before = row.result == null ? {} : fromJson<Record<string, unknown>>(row.result);
    const result = { ...before, ...filed };
    if (toJson(result) === toJson(before)) return;
    const updated = await db('submissions')
      .where({ id: submissionId, status: row.status })
      .update({ result: toJson(result), updated_at: at });
    if (updated) return;
  }
}

/** A collection submission's end: where its workflow filed it, and when. */
export interface CollectionReportSettlement {
  submissionId: string;
  result: Record<string, unknown>;
  at: string;
}

/**
 * Marks a collection submission settled once its workflow has filed it: the round's own workflow owns what follows, so
 * nothing is left open on this case. A result a round wrote first (it filed a report made before it opened) says where
 * the report landed and stands over the workflow's "filed nowhere". The row is locked while read (PostgreSQL; SQLite's
 * write transactions are serialised), so a round's filing lands before or after, never in between. A retry finds the
 * submission settled and writes nothing.
 */
export async function settleCollectionReport(db: Db, change: CollectionReportSettlement): Promise<void> {
  await db.transaction(async (trx) => {
    const row: { status: string; result: unknown } | undefined = await trx('submissions')
      .where({ id: change.submissionId })
      .forUpdate()
      .first('status', 'result');
    if (row?.status !== 'submitted' && row?.status !== 'received') return;
    const before = row.result == null ? null : fromJson<Record<string, unknown>>(row.result);
    const result = before?.roundId ? before : change.result;
    await trx('submissions')
      .where({ id: change.submissionId })
      .update({ status: 'settled', result: toJson(result), updated_at: change.at });
    await trx('submission_events').insert({
      submission_id: change.submissionId,
      kind: 'status.settled',
      detail: toJson(result),
      at: change.at,
    });
  });
}
