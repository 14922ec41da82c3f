// The files an enterprise sent with its answer to a return, as the server puts them on the answer's timeline event
// (`detail.files`, core/domain/reply-files.ts).
import type { ReplyFile } from '#core/domain/reply-files';

const isFile = (value: unknown): value is ReplyFile => {
  const file = value as Partial<ReplyFile> | null;
  return typeof file?.id === 'string' && typeof file.fileName === 'string' && typeof file.size === 'number';
};

/** The files of a timeline event's detail; none when it carried none. */
export function replyFilesOf(detail: Record<string, unknown>): ReplyFile[] {
  return Array.isArray(detail.files) ? detail.files.filter(isFile) : [];
}
