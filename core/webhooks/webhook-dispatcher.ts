// Delivers webhook events: each pass first collects new events (webhook-collector.ts), then POSTs the deliveries that
// are due. A delivery waits while an earlier event of the same case for the same subscription is still pending or in
// flight, so a subscriber sees a case's events in order; a failure is retried with exponential backoff until the last
// attempt parks the row as `dead` (an admin's "retry now" puts it back). A row in flight holds a lease, so a crashed
// dispatcher's row is tried again; the event id header is the same on every try, for the receiver to drop a repeat.
import type { SecretBox } from '../codec/secret-box';
import { createOutboxDispatcher, drainLoop, exponentialBackoffMs, type SendOutcome } from '../notify/outbox-dispatcher';
import type { Db } from '../stores/db-types';
import { findSubscriptionTarget } from '../stores/notify/webhook-store';
import { dueDeliveries, findEvent, type WebhookEventRow } from '../stores/outbox/webhook-event-store';
import { postWebhook, type PostOutcome } from './post-webhook';
import { collectWebhookEvents } from './webhook-collector';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature';

/** Dependencies of the dispatcher. */
export interface WebhookDispatcherDeps {
  db: Db;
  box: SecretBox;
  now?: () => Date;
  /** Attempts before a delivery is dead (10 by default: about 2½ hours of backoff). */
  maxAttempts?: number;
  /** WEBHOOK_ALLOW_PRIVATE: deliver to loopback and internal-network addresses too (refused by default). */
  allowPrivate?: boolean;
  onError?: (error: unknown) => void;
}

/** What one pass did. */
export interface WebhookPass {
  collected: number;
  delivered: number;
  failed: number;
  dead: number;
}

const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

/** Delay before attempt n+1 after n failures: 10 s, 20 s, 40 s … at most one hour. */
export function webhookBackoffMs(failures: number): number {
  return exponentialBackoffMs(failures, 60 * 60_000);
}

/** The JSON body of an event, the same on every attempt. */
export function webhookBody(event: WebhookEventRow): string {
  return JSON.stringify({
    id: event.publicId,
    kind: event.kind,
    occurredAt: event.occurredAt,
    caseId: event.caseId,
    data: event.data,
  });
}

async function post(url: string, secret: string, event: WebhookEventRow, nowMs: number, allowPrivate: boolean): Promise<PostOutcome> {
  const body = webhookBody(event);
  const timestamp = Math.floor(nowMs / 1000);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, body),
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.eventId]: event.publicId,
    [WEBHOOK_HEADERS.eventKind]: event.kind,
  };
  return postWebhook(url, headers, body, { allowPrivate, timeoutMs: TIMEOUT_MS });
}

/** Builds the dispatcher; `drainOnce` is the whole of its work, `start` runs it on an interval in the worker. */
export function createWebhookDispatcher(deps: WebhookDispatcherDeps) {
  const now = deps.now ?? (() => new Date());
  const db = deps.db;

  const outbox = createOutboxDispatcher<{ url: string; secret: string; event: WebhookEventRow }>(deps, {
    table: 'webhook_deliveries',
    waiting: 'pending',
    done: 'delivered',
    doneAt: 'delivered_at',
    leaseMs: LEASE_MS,
    maxAttempts: deps.maxAttempts ?? 10,
    backoffMs: webhookBackoffMs,
    dueRows: (at, limit) => dueDeliveries(db, at, limit),
    async recipient(row) {
      const subscription = await findSubscriptionTarget(db, Number(row.subscription_id));
      if (!subscription?.active) return { unreachable: 'subscription switched off' };
      const event = (await findEvent(db, Number(row.event_id)))!;
      return { target: { url: subscription.url, secret: deps.box.open(subscription.sealedSecret), event } };
    },
    async send(_row, { url, secret, event }, nowMs): Promise<SendOutcome> {
      const outcome = await post(url, secret, event, nowMs, deps.allowPrivate ?? false);
      return outcome.error
        ? { kind: 'failed', reason: outcome.error, columns: { last_status: outcome.status } }
        : { kind: 'sent', columns: { last_status: outcome.status } };
    },
  });

  async function drainOnce(limit = 100): Promise<WebhookPass> {
    const collected = await collectWebhookEvents(deps.db, now());
    const { sent, failed, dead } = await outbox.drainOnce(limit);
    return { collected, delivered: sent, failed, dead };
  }

  return { drainOnce, ...drainLoop(drainOnce, deps.onError) };
}

/** The dispatcher's interface, for injection. */
export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
