// The enterprise's accepted answers to a return, each with the files it carried (migration 0060). The workflow writes
// the answer's text on the timeline (`ladder.reply`); the files are kept here, beside it, so the workflow never carries
// a file reference. The upload quota and sweep read `uploads` as a record's (core/stores/uploads/upload-attachment.ts).
import type { CaseReply } from '#core/domain/reply-files';
import type { Db } from '../db-types';

/** An answer the workflow has just accepted. */
export interface AcceptedReply {
  submissionId: string;
  userId: number;
  text: string;
  uploadIds: string[];
  at: string;
}

const refsOf = (stored: unknown) =>
  String(stored ?? '')
    .split(' ')
    .filter((ref) => ref.startsWith('upload:'))
    .map((ref) => ref.slice('upload:'.length));

/** Records an accepted answer with its files. */
export async function recordCaseReply(db: Db, reply: AcceptedReply): Promise<void> {
  await db('case_replies').insert({
    submission_id: reply.submissionId,
    user_id: reply.userId,
    text: reply.text,
    uploads: reply.uploadIds.map((id) => `upload:${id}`).join(' '),
    created_at: reply.at,
  });
}

/** The case's accepted answers, oldest first, with the files each carried (a file no longer stored is left out). */
export async function caseRepliesOf(db: Db, submissionId: string): Promise<CaseReply[]> {
  const rows: Record<string, unknown>[] = await db('case_replies')
    .where({ submission_id: submissionId })
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
