// The `uploads` table: one row per file a user uploaded (the bytes themselves are files under the data directory), and
// the one question the download's scope check asks of submissions: does one of a working-group member's tasks refer to
// the file. Rows are mapped once to `UploadRow`.
import type { Db } from '../db-types';
import { visibleTasks, type TaskReader } from '../task-inbox';

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

/** Whether the data of a submission behind one of `reader`'s tasks refers to the upload (`upload:<id>`). */
export async function taskSubmissionRefersTo(db: Db, reader: TaskReader, uploadId: string): Promise<boolean> {
  const taskSubmissions = visibleTasks(db, reader).whereNotNull('t.submission_id').distinct('t.submission_id');
  const referring = await db('submissions').whereIn('id', taskSubmissions).where('data', 'like', `%upload:${uploadId}%`).first('id');
  return Boolean(referring);
}
