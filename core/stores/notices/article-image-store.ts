// The two reads behind a published article's public images: the image references its submission's data names, and
// which of those uploads are images. Which article may show them, and in what order, is web/server/notices'.
import { fromJson } from '../../db';
import type { Db } from '../db-types';

/** An uploaded image: its id and content type. */
export interface ImageUpload {
  id: string;
  contentType: string;
}

/** What the submission's `images` field holds (upload references, in the form's order); empty when it has none. */
export async function submissionImageRefs(db: Db, submissionId: string): Promise<unknown[]> {
  const submission: { data: unknown } | undefined = await db('submissions').where({ id: submissionId }).first('data');
  return (fromJson<{ images?: unknown }>(submission?.data ?? '{}').images ?? []) as unknown[];
}

/** The uploads among `ids` that are images, in no particular order. */
export async function imageUploadsAmong(db: Db, ids: string[]): Promise<ImageUpload[]> {
  const rows: { id: unknown; content_type: unknown }[] = await db('uploads')
    .whereIn('id', ids)
    .where('content_type', 'like', 'image/%')
    .select('id', 'content_type');
  return rows.map((row) => ({ id: String(row.id), contentType: String(row.content_type) }));
}
