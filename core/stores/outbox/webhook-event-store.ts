// Webhook events and their deliveries as recorded: each source's read position (`webhook_cursors`), each event once by
// its key (`webhook_events`), one delivery per event and subscription (`webhook_deliveries`, written once too), and the
// dispatcher's due deliveries — a case's later event waits while an earlier one for the same subscription is undelivered.
import { fromJson, toJson } from '../../db';
import type { Db } from '../db-types';
import type { OutboxRow } from './outbox-lease-store';

/** An event as recorded, for the body a subscriber receives. */
export interface WebhookEventRow {
  id: number;
  publicId: string;
  kind: string;
  caseId: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** An event before it is recorded. */
export interface NewWebhookEvent {
  key: string;
  publicId: string;
  kind: string;
  caseId: string;
  occurredAt: string;
  data: Record<string, unknown>;
  recordedAt: string;
}

/** Where the collector stopped reading `source`; undefined before its first pass. */
export async function cursorOf(db: Db, source: string): Promise<string | undefined> {
  const row: { position: string } | undefined = await db('webhook_cursors').where({ source }).first('position');
  return row?.position;
}

/** Stores where the collector stopped reading `source`. */
export async function moveCursor(db: Db, source: string, at: string, position: string): Promise<void> {
  await db('webhook_cursors').insert({ source, position, updated_at: at }).onConflict('source').merge();
}

/** Which of `keys` are recorded events already. */
export async function knownEventKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const rows: { event_key: string }[] = await db('webhook_events')
    .whereIn('event_key', [...keys])
    .select('event_key');
  return new Set(rows.map((row) => String(row.event_key)));
}

/** Records an event once by its key; answers its id (the earlier row's when the key was there). */
export async function recordEvent(db: Db, event: NewWebhookEvent): Promise<number> {
  await db('webhook_events')
    .insert({
      event_key: event.key,
      public_id: event.publicId,
      kind: event.kind,
      case_id: event.caseId,
      data: toJson(event.data),
      occurred_at: event.occurredAt,
      recorded_at: event.recordedAt,
    })
    .onConflict('event_key')
    .ignore();
  const row: { id: number } = await db('webhook_events').where({ event_key: event.key }).first('id');
  return Number(row.id);
}

/** One pending delivery of the event to each of `subscriptionIds`, due at once; a pair already there is left alone. */
export async function addDeliveries(
  db: Db,
  eventId: number,
  caseId: string,
  subscriptionIds: readonly number[],
  at: string,
): Promise<void> {
  await db('webhook_deliveries')
    .insert(
      subscriptionIds.map((subscriptionId) => ({
        event_id: eventId,
        subscription_id: subscriptionId,
        case_id: caseId,
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        created_at: at,
      })),
    )
    .onConflict(['event_id', 'subscription_id'])
    .ignore();
}

/** Deliveries due at `at` (pending or in flight past their lease) with no earlier undelivered event of their case for
 * their subscription, in event order. */
export function dueDeliveries(db: Db, at: string, limit: number): Promise<OutboxRow[]> {
  return db('webhook_deliveries as d')
    .where((w) => {
      w.whereIn('d.status', ['pending', 'sending']).where('d.next_attempt_at', '<=', at);
    })
    .whereNotExists(
      db('webhook_deliveries as e')
        .whereRaw('e.subscription_id = d.subscription_id')
        .whereRaw('e.case_id = d.case_id')
        .whereRaw('e.event_id < d.event_id')
        .whereIn('e.status', ['pending', 'sending'])
        .select(db.raw('1')),
    )
    .orderBy('d.event_id')
    .limit(limit)
    .select('d.*');
}

/** The recorded event with this id. */
export async function findEvent(db: Db, id: number): Promise<WebhookEventRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('webhook_events').where({ id }).first();
  return row
    ? {
        id: Number(row.id),
        publicId: String(row.public_id),
        kind: String(row.kind),
        caseId: String(row.case_id),
        occurredAt: String(row.occurred_at),
        data: fromJson<Record<string, unknown>>(row.data),
      }
    : undefined;
}
