// The email rows of the outbox past their recording (outbox-store.ts): the rows the mail pass finds due, the claim
// before a send, and how an attempt is written back. Each write names the row by id; the claim is conditional on the
// row being as it was read, so two senders (a step and the pass, or two workers' passes) never send one message twice.
import type { Db } from '../db-types';
import { toOutboxMessage, type OutboxMessage } from './outbox-store';

/** Email the mail pass should send at `nowIso`, oldest first: queued with a next attempt due (held for quiet hours or
 * waiting out an SMTP failure), or claimed by a sender whose lease ran out (it died mid-send). */
export async function dueQueuedMail(db: Db, nowIso: string, limit: number): Promise<OutboxMessage[]> {
  const rows: Record<string, unknown>[] = await db('outbox')
    .where({ channel: 'email' })
    .whereIn('status', ['queued', 'sending'])
    .whereNotNull('next_attempt_at')
    .where('next_attempt_at', '<=', nowIso)
    .orderBy('id')
    .limit(limit);
  return rows.map(toOutboxMessage);
}

/** When the next waiting email falls due (a queued row's next attempt or a claim's lease end); null when none waits. */
export async function nextQueuedMailAt(db: Db): Promise<string | null> {
  const row: { at?: string | null } | undefined = await db('outbox')
    .where({ channel: 'email' })
    .whereIn('status', ['queued', 'sending'])
    .min({ at: 'next_attempt_at' })
    .first();
  return row?.at == null ? null : String(row.at);
}

/** Claims a row for sending until `leaseUntil`, if it is still as it was read; false when another sender got there
 * first. A sender that dies mid-send leaves the row to the pass once the lease runs out. */
export async function claimQueuedMail(db: Db, row: OutboxMessage, leaseUntil: string): Promise<boolean> {
  const claimed = await db('outbox')
    .where({ id: row.id, status: row.status, next_attempt_at: row.nextAttemptAt })
    .update({ status: 'sending', next_attempt_at: leaseUntil });
  return claimed > 0;
}

/** A message the server could not take for now: back in the queue at `nextAttemptAt`, nothing dropped. */
export async function requeueMail(db: Db, id: number, attempts: number, nextAttemptAt: string, error: string): Promise<void> {
  await db('outbox').where({ id }).update({ status: 'queued', attempts, next_attempt_at: nextAttemptAt, last_error: error });
}

/** A message the server took. */
export async function markMailSent(db: Db, id: number, attempts: number, sentAt: string): Promise<void> {
  await db('outbox').where({ id }).update({ status: 'sent', attempts, sent_at: sentAt, next_attempt_at: null, last_error: null });
}

/** A message that will not go (the server refused it for good, or an admin's test send failed): `failed`, not retried. */
export async function markMailFailed(db: Db, id: number, attempts: number, error: string): Promise<void> {
  await db('outbox').where({ id }).update({ status: 'failed', attempts, next_attempt_at: null, last_error: error });
}

/** An admin's "retry now" for an email: one the server refused for good (`failed`), one kept too long without an SMTP
 * server to be sent by itself (`expired`), or one put back after failed attempts, falls due at once for the mail pass.
 * Only a row in one of those states changes: a row being sent (claimed, its lease running) is left to its sender, and a
 * row the pass read before this update no longer matches its claim, so the message still leaves once. Attempts and the
 * last error stay: the count goes on from where it was. */
export async function requeueMailNow(db: Db, id: number, nowIso: string): Promise<boolean> {
  const changed = await db('outbox')
    .where({ id, channel: 'email' })
    .where((state) => {
      state.whereIn('status', ['failed', 'expired']).orWhere((waiting) => {
        waiting.where('status', 'queued').where('attempts', '>', 0);
      });
    })
    .update({ status: 'queued', next_attempt_at: nowIso });
  return changed > 0;
}
