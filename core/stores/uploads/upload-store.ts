// The `uploads` table: one row per file a user uploaded (the bytes themselves are files under the data directory), and
// the one question the download's scope check asks of submissions: is the file attached to one the reader may read.
// Rows are mapped once to `UploadRow`.
import type { Db } from '../db-types';
import { scopedSubmissions, type SubmissionScope } from '../submissions/submission-scope';

/** An upload as stored. */
export interface UploadRow {
  id: string;
  userId: number;
  enterpriseId: number | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/** Records an uploaded file. */
export async function insertUpload(db: Db, upload: UploadRow): Promise<void> {
  await db('uploads').insert({
    id: upload.id,
    user_id: upload.userId,
    enterprise_id: upload.enterpriseId,
    file_name: upload.fileName,
    content_type: upload.contentType,
    size: upload.size,
    sha256: upload.sha256,
    created_at: upload.createdAt,
  });
}

/** The upload with this id, if any. */
export async function findUpload(db: Db, id: string): Promise<UploadRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('uploads').where({ id }).first();
  return row
    ? {
        id: String(row.id),
        userId: Number(row.user_id),
        enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
        fileName: String(row.file_name),
        contentType: String(row.content_type),
        size: Number(row.size),
        sha256: String(row.sha256),
        createdAt: String(row.created_at),
      }
    : undefined;
}

/**
 * Whether the uploader attached the file (`upload:<id>`) to a submission within `scope`: in its data, or to their answer
 * to a return on it that the workflow accepted (case_replies; a pending answer was given to no one yet). Only the
 * uploader's own submissions and answers count: a submission or an answer may refer to no one else's file (the
 * submission service and the reply route refuse it), and a reference that slipped in some other way must not hand the
 * file to the readers of that submission.
 */
export async function attachedInScope(db: Db, scope: SubmissionScope, upload: Pick<UploadRow, 'id' | 'userId'>): Promise<boolean> {
  // The id is a UUID (the download route checks its shape before it finds the row): no LIKE wildcard in it.
  const naming = `%upload:${upload.id}%`;
  const attaching = db('submissions as s').where('s.user_id', upload.userId).where('s.data', 'like', naming);
  if (await scopedSubmissions(db, attaching, scope).first('s.id')) return true;
  const answered = db('submissions as s').whereIn(
    's.id',
    db('case_replies').where('user_id', upload.userId).whereNotNull('accepted_at').where('uploads', 'like', naming).select('submission_id'),
  );
  return Boolean(await scopedSubmissions(db, answered, scope).first('s.id'));
}
