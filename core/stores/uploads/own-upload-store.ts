// What a form that refers to an upload (a gate check's signature) asks of it: is it the user's own, and of which type.
// Kept apart from the upload rows' store so the gate need not read whole rows; fold it in there once one exists.
import type { Db } from '../db-types';

/** The content type of upload `uploadId` if `userId` uploaded it, or undefined. */
export async function ownUploadContentType(db: Db, uploadId: string, userId: number): Promise<string | undefined> {
  const row = await db('uploads').where({ id: uploadId, user_id: userId }).first('content_type');
  return row ? String(row.content_type) : undefined;
}
