// What a file field accepts, shared by the upload route and the browser's upload widget so both refuse the same files.

/** Content types an upload may have. */
export const UPLOAD_CONTENT_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;

/** Largest accepted file. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** Most files an enterprise may attach to one answer to a return for more information (a few permits and photos). */
export const REPLY_MAX_FILES = 5;

/** Why a file would be refused before it is sent, or null when it may be uploaded. */
export function uploadProblem(file: { type: string; size: number }): 'type' | 'size' | 'empty' | null {
  if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(file.type.toLowerCase())) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > UPLOAD_MAX_BYTES) return 'size';
  return null;
}
