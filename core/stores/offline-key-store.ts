// The `offline_keys` table: one key per field user for the queue their phone keeps while it has no signal
// (web/server/offline/offline-key-routes.ts). The store keeps what it is given; sealing the key is the caller's.
import type { Db } from './db-types';

/** Stores a user's first key; a user who has one keeps it. */
export async function insertOfflineKeyIfMissing(db: Db, userId: number, key: string, createdAt: string): Promise<void> {
  await db('offline_keys').insert({ user_id: userId, key, created_at: createdAt }).onConflict('user_id').ignore();
}

/** The key stored for a user, as stored. */
export async function storedOfflineKey(db: Db, userId: number): Promise<string | undefined> {
  const row: { key: unknown } | undefined = await db('offline_keys').where({ user_id: userId }).first('key');
  return row ? String(row.key) : undefined;
}

/** Replaces a user's key by `replacement` if it is still `stored` (a parallel request may have replaced it first). */
export async function replaceOfflineKey(db: Db, userId: number, stored: string, replacement: string): Promise<void> {
  await db('offline_keys').where({ user_id: userId, key: stored }).update({ key: replacement });
}
