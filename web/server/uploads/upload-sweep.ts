// Uploads attached to nothing (no submission or other record of their uploader names them, no draft of theirs saved
// lately holds them) are deleted, row and file, once past the retention, each deletion audited as the system's. The web
// process sweeps: the files are on its disk. It sweeps on a timer (startUploadSweeps, from scripts/web.ts) and, at most
// as often, when an upload arrives: a burst of uploads followed by silence is swept all the same.
// Every replica sweeps the same rows, so a sweep may meet another's: an upload's row is deleted by a statement that
// checks again that it is unattached, and audited in the same transaction only when that statement deleted it, so each
// file is audited once whichever replica gets there first; files are removed with `force`.
// A page at a time, oldest first; uploads a record names are marked kept and never read again, those a draft holds
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
  type SweepCutoffs,
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

/** How often a process sweeps: on its timer, and at most as often from the upload route. */
export const SWEEP_EVERY_MS = 60 * 60_000;
const PAGE = 100;
const UPLOAD_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const ago = (at: Date, ms: number) => new Date(at.getTime() - ms).toISOString();

/** Deletes the upload's row and audits it, if it is still attached to nothing; true when it did. */
async function expire(db: Database, upload: StaleUpload, cutoffs: SweepCutoffs, at: Date): Promise<boolean> {
  return db.transaction(async (trx) => {
    if (!(await deleteUnattachedUpload(trx, upload.id, cutoffs))) return false;
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
  const cutoffs: SweepCutoffs = { before, draftsSince: ago(at, quota.draftHoldMs) };
  const result: UploadSweepResult = { deleted: 0, kept: 0, orphanFiles: 0, lapsedReservations: 0 };
  let cursor: StaleCursor | null = null;
  for (;;) {
    const page = await staleUploads(db, cutoffs, cursor, PAGE);
    const kept = page.filter((upload) => upload.attachedTo === 'record').map((upload) => upload.id);
    await keepUploads(db, kept, at.toISOString());
    result.kept += kept.length;
    for (const upload of page.filter((candidate) => candidate.attachedTo === null)) {
      if (!(await expire(db, upload, cutoffs, at))) continue;
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

/** Sweeps in the background, one sweep at a time: `sweepIfDue` when the last began `every` ago or more, `sweepNow`
 * unless one is running; `idle` settles when no sweep is running. */
export function createUploadSweeper(
  deps: UploadSweepDeps & { logger: Logger },
  every = SWEEP_EVERY_MS,
): { sweepIfDue(): void; sweepNow(): void; idle(): Promise<void> } {
  let startedAt = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | undefined;
  const sweepNow = () => {
    if (running) return;
    startedAt = deps.now().getTime();
    running = sweepUploads(deps)
      .then(
        (result) => {
          if (result.deleted || result.orphanFiles || result.lapsedReservations) deps.logger.info(result, 'unattached uploads swept');
        },
        (error: unknown) => deps.logger.error({ err: error }, 'upload sweep failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  return {
    sweepIfDue() {
      if (deps.now().getTime() - startedAt >= every) sweepNow();
    },
    sweepNow,
    idle: async () => {
      await running;
    },
  };
}

/** Sweeps now and every `every` after, on a timer that keeps no process alive; `stop` ends it and waits for a sweep
 * under way. The web process starts it (scripts/web.ts): uploads that arrive in a burst and then none are swept too. */
export function startUploadSweeps(deps: UploadSweepDeps & { logger: Logger }, every = SWEEP_EVERY_MS): { stop(): Promise<void> } {
  const sweeper = createUploadSweeper(deps, every);
  sweeper.sweepNow();
  const timer = setInterval(sweeper.sweepNow, every);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await sweeper.idle();
    },
  };
}
