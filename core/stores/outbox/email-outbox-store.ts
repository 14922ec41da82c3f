// The email rows of the outbox past their recording (outbox-store.ts): the held-mail pass's due rows and claim, and
// how a delivery attempt is written back. Each write names the row by id; the claim is conditional on `queued`, so
// two passes never send one held message twice.
import type { Db } from '../db-types';
import { toOutboxMessage, type OutboxMessage } from './outbox-store';

/** Email held for quiet hours whose time has come (queued, with a next attempt at or before `nowIso`), oldest first. */
export async function dueHeldMail(db: Db, nowIso: string, limit: number): Promise<OutboxMessage[]> {
  const rows: Record<string, unknown>[] = await db('outbox')
    .where({ channel: 'email', status: 'queued' })
    .whereNotNull('next_attempt_at')
    .where('next_attempt_at', '<=', nowIso)
    .orderBy('id')
    .limit(limit);
  return rows.map(toOutboxMessage);
}

/** Claims a queued row for sending; false when another pass claimed it first. */
export async function claimQueuedMail(db: Db, id: number): Promise<boolean> {
  return (await db('outbox').where({ id, status: 'queued' }).update({ status: 'sending' })) > 0;
}

/** A held message the server refused: back in the queue at `nextAttemptAt`, nothing dropped. */
export async function requeueMail(db: Db, id: number, attempts: number, nextAttemptAt: string, error: string): Promise<void> {
  await db('outbox').where({ id }).update({ status: 'queued', attempts, next_attempt_at: nextAttemptAt, last_error: error });
}

/** A held message the server took. */
export async function markHeldMailSent(db: Db, id: number, attempts: number, sentAt: string): Promise<void> {
  await db('outbox').where({ id }).update({ status: 'sent', attempts, sent_at: sentAt, next_attempt_at: null, last_error: null });
}

/** A message sent at once (not held) that the server took. */
export async function markMailSent(db: Db, id: number, attempts: number, sentAt: string): Promise<void> {
  await db('outbox').where({ id }).update({ status: 'sent', attempts, sent_at: sentAt, last_error: null });
}

/** A failed attempt of a message sent at once: the row stays as it was, its attempts and error counted (Temporal retries). */
export async function recordMailAttemptFailed(db: Db, id: number, attempts: number, error: string): Promise<void> {
  await db('outbox').where({ id }).update({ attempts, last_error: error });
}

/** A message nothing will retry (an admin's test send) that the server refused: marked `failed` instead of `queued`. */
export async function markUnsentMailFailed(db: Db, key: string): Promise<void> {
  await db('outbox').where({ idempotency_key: key, status: 'queued' }).update({ status: 'failed' });
}
