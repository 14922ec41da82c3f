// Uploads attached to nothing (no saved draft, submission or other record of their uploader names them) are deleted,
// row and file, once past the retention, each deletion audited as the system's. The web process sweeps: the files are
// on its disk. Like the sign-in limiter's counters (core/stores/rate-limit-store.ts), the sweep runs now and then from
// the upload route rather than on a timer of its own: uploads are what fill the disk, so the sweep comes with them.
// A page at a time, oldest first; uploads a record names are marked kept and never read again, those a draft names
// are looked at again next time. Files without a row (a process stopped between writing one and recording it, or a
// row another replica swept) go too, once as old as the retention.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '#core/logger';
import { recordAudit } from '#core/stores/audit-store';
import type { Database } from '#core/stores/db-types';
import type { UploadQuota } from '#core/stores/uploads/upload-quota-store';
import {
  deleteLapsedReservations,
  deleteUnattachedUpload,
  existingUploadIds,
  keepUploads,
  staleUploads,
  type StaleCursor,
  type StaleUpload,
} from '#core/stores/uploads/upload-sweep-store';
import { UPLOAD_QUOTA } from './upload-quota';

/** What a sweep needs: the database, the uploads folder and the clock. */
export interface UploadSweepDeps {
  db: Database;
  dir: string;
  now: () => Date;
}

/** What a sweep did. */
export interface UploadSweepResult {
  deleted: number;
  kept: number;
  orphanFiles: number;
  lapsedReservations: number;
}

/** How often the upload route starts a sweep at most. */
export const SWEEP_EVERY_MS = 60 * 60_000;
const PAGE = 100;
const UPLOAD_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const ago = (at: Date, ms: number) => new Date(at.getTime() - ms).toISOString();

/** Deletes the upload's row and audits it, if it is still attached to nothing; true when it did. */
async function expire(db: Database, upload: StaleUpload, before: string, at: Date): Promise<boolean> {
  return db.transaction(async (trx) => {
    if (!(await deleteUnattachedUpload(trx, upload.id, before))) return false;
    await recordAudit(
      trx,
      {
        actorId: null,
        actorRole: null,
        action: 'upload.expired',
        targetType: 'upload',
        targetId: upload.id,
        summary: {
          uploadedBy: upload.userId,
          fileName: upload.fileName,
          size: upload.size,
          sha256: upload.sha256,
          uploadedAt: upload.createdAt,
        },
        requestId: null,
      },
      at,
    );
    return true;
  });
}

/** Removes files in `dir` older than `before` that have no upload row. */
async function removeOrphanFiles(db: Database, dir: string, before: Date): Promise<number> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  let removed = 0;
  for (let i = 0; i < names.length; i += 500) {
    const batch = names.slice(i, i + 500).filter((name) => UPLOAD_FILE.test(name));
    const known = await existingUploadIds(db, batch);
    for (const name of batch.filter((id) => !known.has(id))) {
      const file = join(dir, name);
      // Gone meanwhile (another replica's sweep): nothing left to do.
      const modified = (await stat(file).catch(() => undefined))?.mtime;
      if (!modified || modified >= before) continue;
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** Deletes the unattached uploads past the retention with their files, lapsed reservations and orphan files. */
export async function sweepUploads(deps: UploadSweepDeps, quota: UploadQuota = UPLOAD_QUOTA): Promise<UploadSweepResult> {
  const { db, dir } = deps;
  const at = deps.now();
  const before = ago(at, quota.retentionMs);
  const result: UploadSweepResult = { deleted: 0, kept: 0, orphanFiles: 0, lapsedReservations: 0 };
  let cursor: StaleCursor | null = null;
  for (;;) {
    const page = await staleUploads(db, before, cursor, PAGE);
    const kept = page.filter((upload) => upload.attachedTo === 'record').map((upload) => upload.id);
    await keepUploads(db, kept, at.toISOString());
    result.kept += kept.length;
    for (const upload of page.filter((candidate) => candidate.attachedTo === null)) {
      if (!(await expire(db, upload, before, at))) continue;
      await rm(join(dir, upload.id), { force: true });
      result.deleted += 1;
    }
    if (page.length < PAGE) break;
    cursor = { createdAt: page.at(-1)!.createdAt, id: page.at(-1)!.id };
  }
  result.lapsedReservations = await deleteLapsedReservations(db, ago(at, quota.reservationMs));
  result.orphanFiles = await removeOrphanFiles(db, dir, new Date(before));
  return result;
}

/** Starts a sweep in the background when the last began `every` ago or more and none is running. */
export function createUploadSweeper(deps: UploadSweepDeps & { logger: Logger }, every = SWEEP_EVERY_MS): { sweepIfDue(): void } {
  let startedAt = Number.NEGATIVE_INFINITY;
  let running = false;
  return {
    sweepIfDue() {
      const at = deps.now().getTime();
      if (running || at - startedAt < every) return;
      running = true;
      startedAt = at;
      void sweepUploads(deps)
        .then(
          (result) => {
            if (result.deleted || result.orphanFiles || result.lapsedReservations) deps.logger.info(result, 'unattached uploads swept');
          },
          (error: unknown) => deps.logger.error({ err: error }, 'upload sweep failed'),
        )
        .finally(() => {
          running = false;
        });
    },
  };
}
