// The enterprise's answers to a return, each with the files it carried (migrations 0060, 0062). The workflow writes the
// answer's text on the timeline (`ladder.reply`); the files are kept here, beside it, so the workflow never carries a
// file reference. A row is written pending before the workflow is asked (named by the update's id) and marked accepted
// once it accepted: a process stopped in between leaves a pending row, never an accepted answer without its files. Only
// accepted rows are shown and attach their files for good; a pending one holds them from the sweep for a while
// (core/stores/uploads/upload-attachment.ts) until it is settled (web/server/cases/pending-replies.ts).
import type { CaseReply } from '#core/domain/reply-files';
import type { Db } from '../db-types';

/** An answer about to be sent to the workflow, named by the id of the update that carries it. */
export interface SentReply {
  submissionId: string;
  userId: number;
  text: string;
  uploadIds: string[];
  updateId: string;
  at: string;
}

/** A pending answer and the workflow it was sent to. */
export interface PendingReply {
  updateId: string;
  workflowId: string;
}

const refsOf = (stored: unknown) =>
  String(stored ?? '')
    .split(' ')
    .filter((ref) => ref.startsWith('upload:'))
    .map((ref) => ref.slice('upload:'.length));

const rowOf = (reply: SentReply, acceptedAt: string | null) => ({
  submission_id: reply.submissionId,
  user_id: reply.userId,
  text: reply.text,
  uploads: reply.uploadIds.map((id) => `upload:${id}`).join(' '),
  update_id: reply.updateId,
  created_at: reply.at,
  accepted_at: acceptedAt,
});

/** Links the answer's files before it is sent: a pending row, shown to no one. */
export async function holdCaseReply(db: Db, reply: SentReply): Promise<void> {
  await db('case_replies').insert(rowOf(reply, null));
}

/** Marks the answer accepted at `at`; written whole again if a settling took its row away meanwhile (an update that took
 * longer to arrive than settling waits). */
export async function acceptCaseReply(db: Db, reply: SentReply, at: string): Promise<void> {
  const marked = await db('case_replies').where({ update_id: reply.updateId }).update({ accepted_at: at });
  if (!marked) await db('case_replies').insert(rowOf(reply, at));
}

/** Marks the pending answer of update `updateId` accepted at `at` (settling: the workflow's history shows it accepted). */
export async function acceptPendingReply(db: Db, updateId: string, at: string): Promise<void> {
  await db('case_replies').where({ update_id: updateId }).whereNull('accepted_at').update({ accepted_at: at });
}

/** Removes the pending answer of update `updateId`: the workflow refused it or never received it. Its files are attached
 * to nothing again, and go to the sweep like any unused upload. */
export async function dropPendingReply(db: Db, updateId: string): Promise<void> {
  await db('case_replies').where({ update_id: updateId }).whereNull('accepted_at').delete();
}

/** Answers still pending that were sent before `before`, oldest first, with their workflows. */
export async function pendingRepliesBefore(db: Db, before: string, limit: number): Promise<PendingReply[]> {
  const rows: Record<string, unknown>[] = await db('case_replies as r')
    .join('submissions as s', 's.id', 'r.submission_id')
    .whereNull('r.accepted_at')
    .where('r.created_at', '<', before)
    .orderBy('r.id')
    .limit(limit)
    .select('r.update_id', 's.workflow_id');
  return rows.map((row) => ({ updateId: String(row.update_id), workflowId: String(row.workflow_id) }));
}

/** The case's accepted answers, oldest first, with the files each carried (a file no longer stored is left out). */
export async function caseRepliesOf(db: Db, submissionId: string): Promise<CaseReply[]> {
  const rows: Record<string, unknown>[] = await db('case_replies')
    .where({ submission_id: submissionId })
    .whereNotNull('accepted_at')
    .orderBy('id')
    .select('user_id', 'text', 'uploads');
  const ids = [...new Set(rows.flatMap((row) => refsOf(row.uploads)))];
  const uploads: Record<string, unknown>[] = ids.length
    ? await db('uploads').whereIn('id', ids).select('id', 'file_name', 'content_type', 'size')
    : [];
  const byId = new Map(
    uploads.map((row) => [
      String(row.id),
      { id: String(row.id), fileName: String(row.file_name), contentType: String(row.content_type), size: Number(row.size) },
    ]),
  );
  return rows.map((row) => ({
    userId: Number(row.user_id),
    text: String(row.text),
    files: refsOf(row.uploads).flatMap((id) => byId.get(id) ?? []),
  }));
}
