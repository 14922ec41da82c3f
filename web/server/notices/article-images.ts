// The images of a published article are public like its text: the bulletin links them by the notice and position
// (never by upload id), and only while the article is published. Only image uploads are served this way; a PDF
// attached to the same submission stays behind sign-in.
import type { Knex } from 'knex';
import { fromJson } from '#core/db';
import type { NoticeView } from '#core/notices/notice-store';

const UPLOAD_REF = /^upload:([0-9a-f-]{36})$/;

/** The image uploads an article's submission names in its `images` field, in order: id and content type. */
export async function articleImages(db: Knex, notice: Pick<NoticeView, 'kind' | 'status' | 'submissionId'>) {
  if (notice.kind !== 'article' || notice.status !== 'published') return [];
  const submission = await db('submissions').where({ id: notice.submissionId }).first('data');
  const refs = (fromJson<{ images?: unknown }>(submission?.data ?? '{}').images ?? []) as unknown[];
  const ids = refs.flatMap((ref) => UPLOAD_REF.exec(String(ref))?.slice(1) ?? []);
  if (!ids.length) return [];
  const rows = await db('uploads').whereIn('id', ids).where('content_type', 'like', 'image/%').select('id', 'content_type');
  const found = new Map(rows.map((row) => [String(row.id), String(row.content_type)]));
  return ids.filter((id) => found.has(id)).map((id) => ({ id, contentType: found.get(id)! }));
}
