// What an account may still upload, decided before the bytes are read: files uploaded but not attached yet (held by
// no draft saved lately, named by no submission or other record of theirs) and bytes uploaded in a rolling day, each counting the uploads
// being received as well — a reservation taken in a write transaction with the account's row locked (PostgreSQL;
// SQLite serialises write transactions), so parallel uploads of one account are counted one after the other.
import type { Db } from '../db-types';
import { insertUpload, type UploadRow } from './upload-store';
import { whereUnattached } from './upload-attachment';

/** The limits, and the times they are counted over. */
export interface UploadQuota {
  /** Unattached files an account may hold (uploads being received count too). */
  unattachedFiles: number;
  /** Bytes an account may upload within `windowMs`. */
  bytesPerWindow: number;
  windowMs: number;
  /** Unattached uploads older than this are the sweep's, and no longer count. */
  retentionMs: number;
  /** A draft not saved for this long holds no file any more. */
  draftHoldMs: number;
  /** A reservation older than this belongs to an upload that never finished; it no longer counts. */
  reservationMs: number;
}

/** Why an upload is refused: too many unattached files, or the window's bytes spent (until `freesAt`). */
export type QuotaRefusal = { kind: 'unattached'; files: number } | { kind: 'bytes'; usedBytes: number; freesAt: string };

/** An upload about to be received: its future id, who sends it, the bytes it may have, and when it began. */
export interface UploadReservation {
  id: string;
  userId: number;
  bytes: number;
  at: Date;
}

const before = (at: Date, ms: number) => new Date(at.getTime() - ms).toISOString();

/** How many of the user's uploads made since `since` are attached to nothing (no draft saved since `draftsSince` holds
 * them). */
export async function unattachedUploadCount(db: Db, userId: number, since: string, draftsSince: string): Promise<number> {
  const query = db('uploads as u').where('u.user_id', userId).where('u.created_at', '>=', since).whereNull('u.kept_at');
  const row = await whereUnattached(db, query, draftsSince).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** The user's reservations still counting at `at`: how many, and their bytes. */
async function liveReservations(db: Db, userId: number, since: string): Promise<{ files: number; bytes: number }> {
  const row = await db('upload_reservations')
    .where('user_id', userId)
    .where('created_at', '>=', since)
    .first(db.raw('count(*) as n'), db.raw('coalesce(sum(bytes), 0) as bytes'));
  return { files: Number(row?.n ?? 0), bytes: Number(row?.bytes ?? 0) };
}

/** When enough of the window's uploads have aged out of it for `bytes` more to fit. */
async function freesAt(db: Db, userId: number, since: string, over: number, quota: UploadQuota, at: Date): Promise<string> {
  const rows: { size: unknown; created_at: unknown }[] = await db('uploads')
    .where('user_id', userId)
    .where('created_at', '>=', since)
    .orderBy('created_at')
    .select('size', 'created_at');
  let freed = 0;
  for (const row of rows) {
    freed += Number(row.size);
    if (freed >= over) return new Date(Date.parse(String(row.created_at)) + quota.windowMs).toISOString();
  }
  return new Date(at.getTime() + quota.windowMs).toISOString();
}

/** Reserves room for an upload, or says why there is none; nothing is written when it is refused. */
export async function reserveUpload(db: Db, reservation: UploadReservation, quota: UploadQuota): Promise<QuotaRefusal | null> {
  const { id, userId, bytes, at } = reservation;
  return db.transaction(async (trx) => {
    // PostgreSQL: this account's reservations queue here, each counting those before it (SQLite's write transactions
    // queue anyway). Without it, parallel uploads all count the same few and all pass.
    await trx('users').where({ id: userId }).forUpdate().first('id');
    const reserved = await liveReservations(trx, userId, before(at, quota.reservationMs));
    const unattached = await unattachedUploadCount(trx, userId, before(at, quota.retentionMs), before(at, quota.draftHoldMs));
    const files = unattached + reserved.files;
    if (files >= quota.unattachedFiles) return { kind: 'unattached', files };
    const since = before(at, quota.windowMs);
    const row = await trx('uploads')
      .where('user_id', userId)
      .where('created_at', '>=', since)
      .first(trx.raw('coalesce(sum(size), 0) as bytes'));
    const usedBytes = Number(row?.bytes ?? 0) + reserved.bytes;
    if (usedBytes + bytes > quota.bytesPerWindow)
      return { kind: 'bytes', usedBytes, freesAt: await freesAt(trx, userId, since, usedBytes + bytes - quota.bytesPerWindow, quota, at) };
    await trx('upload_reservations').insert({ id, user_id: userId, bytes, created_at: at.toISOString() });
    return null;
  });
}

/** Records the received upload in place of its reservation (inside the caller's transaction when given one). */
export async function completeUpload(db: Db, upload: UploadRow): Promise<void> {
  await insertUpload(db, upload);
  await releaseReservation(db, upload.id);
}

/** Drops a reservation: the upload was refused or broke off. */
export async function releaseReservation(db: Db, id: string): Promise<void> {
  await db('upload_reservations').where({ id }).delete();
}
