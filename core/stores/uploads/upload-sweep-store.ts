// The reads and writes of the sweep of unattached uploads (web/server/uploads/upload-sweep.ts): uploads past the
// retention that no sweep has kept yet, a page at a time; marking those attached to a record as kept for good; deleting
// one that is still attached to nothing, checked again in the deleting statement itself; lapsed reservations; and
// which files on disk still have a row.
import type { Db } from '../db-types';
import { holdingDrafts, naming, RECORDS, whereUnattached } from './upload-attachment';

/** An upload past the retention, and what names it: a record (kept for good), a draft saved lately (kept while it holds
 * it), or nothing. */
export interface StaleUpload {
  id: string;
  userId: number;
  fileName: string;
  size: number;
  sha256: string;
  createdAt: string;
  attachedTo: 'record' | 'draft' | null;
}

/** Where a page of stale uploads ends: the next page starts after it. */
export interface StaleCursor {
  createdAt: string;
  id: string;
}

/** When an upload is the sweep's: made before `before`, and held by no draft saved since `draftsSince`. */
export interface SweepCutoffs {
  before: string;
  draftsSince: string;
}

/** Up to `limit` uploads made before `before` and not kept yet, oldest first, after `cursor`. */
export async function staleUploads(db: Db, cutoffs: SweepCutoffs, cursor: StaleCursor | null, limit: number): Promise<StaleUpload[]> {
  const { before, draftsSince } = cutoffs;
  const exists = (holders: ReturnType<typeof naming>[]) =>
    db.raw(`case when ${holders.map(() => 'exists ?').join(' or ')} then 1 else 0 end`, holders);
  const query = db('uploads as u')
    .whereNull('u.kept_at')
    .where('u.created_at', '<', before)
    .orderBy([{ column: 'u.created_at' }, { column: 'u.id' }])
    .limit(limit)
    .select('u.id', 'u.user_id', 'u.file_name', 'u.size', 'u.sha256', 'u.created_at', {
      in_record: exists(RECORDS.map((holder) => naming(db, holder))),
      in_draft: exists([holdingDrafts(db, draftsSince)]),
    });
  if (cursor) {
    const { createdAt, id } = cursor;
    query.where((later) => {
      later.where('u.created_at', '>', createdAt).orWhere((same) => {
        same.where('u.created_at', createdAt).where('u.id', '>', id);
      });
    });
  }
  const rows: Record<string, unknown>[] = await query;
  return rows.map((row) => ({
    id: String(row.id),
    userId: Number(row.user_id),
    fileName: String(row.file_name),
    size: Number(row.size),
    sha256: String(row.sha256),
    createdAt: String(row.created_at),
    attachedTo: Number(row.in_record) ? 'record' : Number(row.in_draft) ? 'draft' : null,
  }));
}

/** Marks uploads kept for good: a record names them, and records are never edited. */
export async function keepUploads(db: Db, ids: string[], at: string): Promise<void> {
  if (ids.length) await db('uploads').whereIn('id', ids).whereNull('kept_at').update({ kept_at: at });
}

/** Deletes the upload's row if it was made before `before`, is not kept, and nothing names or holds it now; true when it
 * did. */
export async function deleteUnattachedUpload(db: Db, id: string, cutoffs: SweepCutoffs): Promise<boolean> {
  const unattached = whereUnattached(
    db,
    db('uploads as u').select('u.id').where('u.id', id).where('u.created_at', '<', cutoffs.before).whereNull('u.kept_at'),
    cutoffs.draftsSince,
  );
  return (await db('uploads').whereIn('id', unattached).delete()) > 0;
}

/** Deletes reservations made before `before`: their uploads broke off without a word (a process stopped mid-upload). */
export async function deleteLapsedReservations(db: Db, before: string): Promise<number> {
  return db('upload_reservations').where('created_at', '<', before).delete();
}

/** Which of `ids` have an upload row. */
export async function existingUploadIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  return new Set((await db('uploads').whereIn('id', ids).pluck('id')).map(String));
}
