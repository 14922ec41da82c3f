// The images of a published article are public like its text: the bulletin links them by the notice and position
// (never by upload id), and only while the article is published. Only image uploads are served this way; a PDF
// attached to the same submission stays behind sign-in.
import type { Db } from '#core/stores/db-types';
import { imageUploadsAmong, submissionImageRefs } from '#core/stores/notices/article-image-store';
import type { NoticeView } from '#core/stores/notices/notice-store';

const UPLOAD_REF = /^upload:([0-9a-f-]{36})$/;

/** The image uploads an article's submission names in its `images` field, in order: id and content type. */
export async function articleImages(db: Db, notice: Pick<NoticeView, 'kind' | 'status' | 'submissionId'>) {
  if (notice.kind !== 'article' || notice.status !== 'published') return [];
  const refs = await submissionImageRefs(db, notice.submissionId);
  const ids = refs.flatMap((ref) => UPLOAD_REF.exec(String(ref))?.slice(1) ?? []);
  if (!ids.length) return [];
  const found = new Map((await imageUploadsAmong(db, ids)).map((upload) => [upload.id, upload.contentType]));
  return ids.filter((id) => found.has(id)).map((id) => ({ id, contentType: found.get(id)! }));
}
