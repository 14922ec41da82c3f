// The `outbox` table: one row per message (email, SMS, group robot), written once per idempotency key, so a retried or
// replayed step finds its earlier row instead of writing a second. Rows are read as `OutboxMessage`, mapped once here;
// the due-row queries of the SMS and robot dispatchers answer the table's own rows (see outbox-lease-store.ts).
import type { Db } from '../db-types';
import type { OutboxRow } from './outbox-lease-store';

/** A message as stored. */
export interface OutboxMessage {
  id: number;
  idempotencyKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
}

/** A message to record; `channel` defaults to email, the table's default. */
export interface NewOutboxMessage {
  idempotencyKey: string;
  template: string;
  locale: string;
  channel?: string;
  robotId?: number | null;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** The text with the personal values masked, for readers who may not read the text (null: none kept). */
  maskedText?: string | null;
  status: string;
  lastError?: string | null;
  submissionId: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
}

/** The one mapping from an `outbox` row to `OutboxMessage`. */
export function toOutboxMessage(row: Record<string, unknown>): OutboxMessage {
  return {
    id: Number(row.id),
    idempotencyKey: String(row.idempotency_key),
    toAddress: String(row.to_address),
    subject: String(row.subject),
    textBody: String(row.text_body),
    htmlBody: String(row.html_body),
    status: String(row.status),
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at == null ? null : String(row.next_attempt_at),
  };
}

/** The message recorded under `key`, if any. */
export async function findOutboxMessage(db: Db, key: string): Promise<OutboxMessage | undefined> {
  const row: Record<string, unknown> | undefined = await db('outbox').where({ idempotency_key: key }).first();
  return row ? toOutboxMessage(row) : undefined;
}

/** The id and status of the message recorded under `key`, if any. */
export async function outboxStatusOf(db: Db, key: string): Promise<{ id: number; status: string } | undefined> {
  const row: { id: number; status: string } | undefined = await db('outbox').where({ idempotency_key: key }).first('id', 'status');
  return row ? { id: Number(row.id), status: row.status } : undefined;
}

/** Records a message unless its key is there already (then nothing changes). */
export async function insertOutboxMessage(db: Db, message: NewOutboxMessage): Promise<void> {
  await db('outbox')
    .insert({
      idempotency_key: message.idempotencyKey,
      template: message.template,
      locale: message.locale,
      ...(message.channel === undefined ? {} : { channel: message.channel }),
      ...(message.robotId === undefined ? {} : { robot_id: message.robotId }),
      to_address: message.toAddress,
      subject: message.subject,
      text_body: message.textBody,
      html_body: message.htmlBody,
      ...(message.maskedText == null ? {} : { masked_text: message.maskedText }),
      status: message.status,
      ...(message.lastError === undefined ? {} : { last_error: message.lastError }),
      submission_id: message.submissionId,
      next_attempt_at: message.nextAttemptAt,
      created_at: message.createdAt,
    })
    .onConflict('idempotency_key')
    .ignore();
}

/** Rows of `channels` due at `nowIso`: queued and past their backoff, or in flight past their lease; oldest first. */
export function dueOutboxRows(db: Db, channels: readonly string[], nowIso: string, limit: number): Promise<OutboxRow[]> {
  return db('outbox')
    .whereIn('channel', [...channels])
    .whereIn('status', ['queued', 'sending'])
    .where((q) => {
      q.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', nowIso);
    })
    .orderBy('id')
    .limit(limit);
}

/** The address of a dead or waiting row of `channel`, which an admin may put back in the queue; undefined if none. */
export async function retryableAddress(db: Db, id: number, channel: string): Promise<string | undefined> {
  const row: { to_address: string } | undefined = await db('outbox')
    .where({ id, channel })
    .whereIn('status', ['dead', 'queued'])
    .first('to_address');
  return row ? String(row.to_address) : undefined;
}

/** An admin's "retry now": a dead or waiting row of `channels` (a robot's only while it names one) is queued at once
 * with a fresh count of attempts; answers whether it was. */
export async function requeueOutboxRow(
  db: Db,
  id: number,
  channels: readonly string[],
  nowIso: string,
  options: { robotOnly?: boolean } = {},
): Promise<boolean> {
  const query = db('outbox')
    .where({ id })
    .whereIn('channel', [...channels])
    .whereIn('status', ['dead', 'queued']);
  if (options.robotOnly) query.whereNotNull('robot_id');
  const changed = await query.update({ status: 'queued', attempts: 0, next_attempt_at: nowIso });
  return changed > 0;
}
