// An upload's file on the disk, opened for an answer. Its row can outlive it for a moment (a sweep deletes the row, then
// the file; a disk restored from an older backup): such a file is not found, where an unheard stream error used to end
// the process. Both ways a file leaves the server use it: the signed-in download and an article's public image.
import { createReadStream, type ReadStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import type { Response } from 'express';
import { notFound } from '#core/errors';
import type { LocalizedText } from '#core/domain/locale';

/** The stored file of upload `id` under `dir`, opened; 404 (naming `what`) when it is not on the disk. */
export async function openStoredFile(dir: string, id: string, what: LocalizedText): Promise<ReadStream> {
  const file = createReadStream(join(dir, id));
  try {
    await once(file, 'open');
  } catch {
    throw notFound(what);
  }
  return file;
}

/** Sends an opened file as the answer's body. Past the headers a read error (or the reader going away) can only cut the
 * answer short: both streams are closed, and nothing is left unheard. */
export function sendStoredFile(file: ReadStream, res: Response): void {
  pipeline(file, res, () => {});
}
