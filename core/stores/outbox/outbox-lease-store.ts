// The statements of the shared delivery loop (core/notify/outbox-dispatcher.ts), for any outbox-like table (`outbox`,
// `webhook_deliveries`): a due row is claimed with a lease only if nobody changed it since it was read, settled only
// while it is still in flight, and a pace key's waiting rows move on together. Every write is conditional on the status
// it expects and answers whether it changed the row, so two dispatchers never deliver one row twice.
import type { Db } from '../db-types';

/** A due row as read from a channel's table; the loop reads `id`, `status`, `attempts` and `next_attempt_at`, each
 * channel its own columns. The dispatcher is generic over tables, so the row stays the table's own. */
export type OutboxRow = Record<string, unknown>;

/** Claims a due row for `leaseUntil` if it is still as it was read; false when another dispatcher got there first. */
export async function claimRow(db: Db, table: string, row: OutboxRow, leaseUntil: string): Promise<boolean> {
  const claimed = await db(table)
    .where({ id: row.id, status: row.status, next_attempt_at: row.next_attempt_at ?? null })
    .update({ status: 'sending', next_attempt_at: leaseUntil });
  return claimed > 0;
}

/** Writes an attempt's outcome (`columns`) onto a row still in flight. */
export async function settleRow(db: Db, table: string, id: unknown, columns: Record<string, unknown>): Promise<void> {
  await db(table).where({ id, status: 'sending' }).update(columns);
}

/** Parks a row whose recipient is gone as `dead`, if it is still `status`; answers whether it did. */
export async function parkRow(db: Db, table: string, row: OutboxRow, reason: string): Promise<boolean> {
  const parked = await db(table)
    .where({ id: row.id, status: row.status })
    .update({ status: 'dead', next_attempt_at: null, last_error: reason });
  return parked > 0;
}

/** When the rows of `scope` that reached `done` after `since` got there (the `doneAt` column), oldest first. */
export async function doneSince(
  db: Db,
  table: string,
  scope: Record<string, unknown>,
  status: { done: string; doneAt: string },
  since: string,
): Promise<string[]> {
  const rows: OutboxRow[] = await db(table)
    .where({ ...scope, status: status.done })
    .where(status.doneAt, '>', since)
    .orderBy(status.doneAt)
    .select(status.doneAt);
  return rows.map((row) => String(row[status.doneAt]));
}

/** Moves the `waiting` rows of `scope` due before `freeAt` to `freeAt` (queue, don't drop). */
export async function holdWaitingRows(
  db: Db,
  table: string,
  scope: Record<string, unknown>,
  waiting: string,
  freeAt: string,
): Promise<void> {
  await db(table)
    .where({ ...scope, status: waiting })
    .where('next_attempt_at', '<', freeAt)
    .update({ next_attempt_at: freeAt });
}
