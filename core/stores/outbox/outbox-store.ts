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

/** The states of a row (not an email) an admin may put back in the queue: dead, waiting, or kept too long without its
 * provider to leave by itself (expired). */
const REQUEUEABLE = ['dead', 'queued', 'expired'];

/** The address of a dead, waiting or expired row of `channel`, which an admin may put back in the queue; undefined if
 * none. */
export async function retryableAddress(db: Db, id: number, channel: string): Promise<string | undefined> {
  const row: { to_address: string } | undefined = await db('outbox')
    .where({ id, channel })
    .whereIn('status', REQUEUEABLE)
    .first('to_address');
  return row ? String(row.to_address) : undefined;
}

/** An admin's "retry now": a dead, waiting or expired row of `channels` (a robot's only while it names one) is queued
 * at once with a fresh count of attempts; answers whether it was. */
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
    .whereIn('status', REQUEUEABLE);
  if (options.robotOnly) query.whereNotNull('robot_id');
  const changed = await query.update({ status: 'queued', attempts: 0, next_attempt_at: nowIso });
  return changed > 0;
}

/** The `last_error` of an email marked `expired` by releaseKeptMessages; the outbox page says it in the admin's words. */
export const KEPT_MAIL_EXPIRED = 'kept_without_smtp_expired';
/** The same for a text or a group-robot message (kept while no SMS gateway or robot address was configured). */
export const KEPT_MESSAGE_EXPIRED = 'kept_without_provider_expired';

/** Whether any message of `channel` is kept in the outbox (status `outbox`): one indexed look, no write. */
export async function hasKeptMessages(db: Db, channel: string): Promise<boolean> {
  return Boolean(await db('outbox').where({ channel, status: 'outbox' }).first('id'));
}

/** Messages of `channel` kept in the outbox while its provider was not configured (status `outbox`), now that it is:
 * what was recorded at `sinceIso` or later is queued for the channel's pass (at the end of its recipient's quiet hours
 * when it was held for them), what is older is `expired` and stays unsent. Two workers releasing at once change each
 * row once. */
export async function releaseKeptMessages(
  db: Db,
  channel: string,
  sinceIso: string,
  nowIso: string,
): Promise<{ queued: number; expired: number }> {
  const kept = () => db('outbox').where({ channel, status: 'outbox' });
  const queued = await kept()
    .where('created_at', '>=', sinceIso)
    .update({ status: 'queued', next_attempt_at: db.raw('coalesce(next_attempt_at, ?)', [nowIso]) });
  const marker = channel === 'email' ? KEPT_MAIL_EXPIRED : KEPT_MESSAGE_EXPIRED;
  const expired = await kept().where('created_at', '<', sinceIso).update({ status: 'expired', last_error: marker });
  return { queued, expired };
}

/** What an admin's registering, switching on or new address makes a robot reach again (see requeueRobotDeadRows). */
export interface RobotRequeue {
  robot: { id: number; key: string; channel: string };
  /** The `last_error` of a message recorded for the robot's key before the robot was registered. */
  notRegisteredError: string;
  /** The `last_error`s of the robot's messages parked while it was switched off. */
  switchedOffErrors: readonly string[];
  /** True when the robot's address was replaced: its messages dead after failed sends are queued again too. */
  failedToo: boolean;
  /** The status the queued rows get: 'queued', or 'outbox' (kept) where the channel's provider is not configured. */
  status: 'queued' | 'outbox';
  sinceIso: string;
  nowIso: string;
}

/** Dead robot messages that could not leave for want of this robot: those recorded for its key before it was
 * registered are tied to it (any age: an admin may still send an older one with "retry now"); those of them, and
 * those parked while it was switched off (and, with `failedToo`, those dead after failed sends), recorded at
 * `sinceIso` or later are queued again with a fresh count of attempts. Answers how many were queued. */
export async function requeueRobotDeadRows(db: Db, requeue: RobotRequeue): Promise<number> {
  const { robot } = requeue;
  await db('outbox')
    .whereNull('robot_id')
    .where({ to_address: `robot:${robot.key}`, status: 'dead', last_error: requeue.notRegisteredError })
    .update({ robot_id: robot.id, channel: robot.channel });
  const query = db('outbox').where({ robot_id: robot.id, status: 'dead' }).where('created_at', '>=', requeue.sinceIso);
  if (!requeue.failedToo) query.whereIn('last_error', [requeue.notRegisteredError, ...requeue.switchedOffErrors]);
  return query.update({ status: requeue.status, attempts: 0, next_attempt_at: requeue.nowIso });
}
