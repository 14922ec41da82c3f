// Delivers webhook events: each pass first collects new events (webhook-collector.ts), then POSTs the deliveries that
// are due. A delivery waits while an earlier event of the same case for the same subscription is still pending or in
// flight, so a subscriber sees a case's events in order; a failure is retried with exponential backoff until the last
// attempt parks the row as `dead` (an admin's "retry now" puts it back). A row in flight holds a lease, so a crashed
// dispatcher's row is tried again; the event id header is the same on every try, for the receiver to drop a repeat.
import type { Knex } from 'knex';
import type { SecretBox } from '../codec/secret-box';
import { fromJson } from '../db';
import { collectWebhookEvents } from './webhook-collector';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature';

/** Dependencies of the dispatcher. */
export interface WebhookDispatcherDeps {
  db: Knex;
  box: SecretBox;
  now?: () => Date;
  /** Attempts before a delivery is dead (10 by default: about 2½ hours of backoff). */
  maxAttempts?: number;
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
  return Math.min(10_000 * 2 ** Math.max(0, failures - 1), 60 * 60_000);
}

/** The JSON body of an event, the same on every attempt. */
export function webhookBody(event: Record<string, unknown>): string {
  return JSON.stringify({
    id: event.public_id,
    kind: event.kind,
    occurredAt: event.occurred_at,
    caseId: event.case_id,
    data: fromJson<Record<string, unknown>>(event.data),
  });
}

async function post(
  url: string,
  secret: string,
  event: Record<string, unknown>,
  nowMs: number,
): Promise<{ status: number | null; error: string | null }> {
  const body = webhookBody(event);
  const timestamp = Math.floor(nowMs / 1000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, body),
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.eventId]: String(event.public_id),
        [WEBHOOK_HEADERS.eventKind]: String(event.kind),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: null, error: `unreachable: ${cause ?? (error as Error).message}`.slice(0, 1000) };
  }
}

/** Builds the dispatcher; `drainOnce` is the whole of its work, `start` runs it on an interval in the worker. */
export function createWebhookDispatcher(deps: WebhookDispatcherDeps) {
  const now = deps.now ?? (() => new Date());
  const maxAttempts = deps.maxAttempts ?? 10;
  const iso = (ms: number) => new Date(ms).toISOString();

  function dueRows(at: string, limit: number) {
    const db = deps.db;
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

  async function deliver(row: Record<string, unknown>): Promise<keyof Omit<WebhookPass, 'collected'> | null> {
    const db = deps.db;
    const claimed = await db('webhook_deliveries')
      .where({ id: row.id, status: row.status, next_attempt_at: row.next_attempt_at })
      .update({ status: 'sending', next_attempt_at: iso(now().getTime() + LEASE_MS) });
    if (!claimed) return null;
    const subscription = await db('webhook_subscriptions').where({ id: row.subscription_id }).first();
    const event = await db('webhook_events').where({ id: row.event_id }).first();
    const attempts = Number(row.attempts) + 1;
    const where = db('webhook_deliveries').where({ id: row.id, status: 'sending' });
    if (!subscription?.active) {
      await where.update({ status: 'dead', next_attempt_at: null, last_error: 'subscription switched off' });
      return 'dead';
    }
    const outcome = await post(String(subscription.url), deps.box.open(String(subscription.sealed_secret)), event, now().getTime());
    const at = now().getTime();
    if (!outcome.error) {
      await where.update({
        status: 'delivered',
        attempts,
        last_status: outcome.status,
        last_error: null,
        next_attempt_at: null,
        delivered_at: iso(at),
      });
      return 'delivered';
    }
    const dead = attempts >= maxAttempts;
    await where.update({
      status: dead ? 'dead' : 'pending',
      attempts,
      last_status: outcome.status,
      last_error: outcome.error,
      next_attempt_at: dead ? null : iso(at + webhookBackoffMs(attempts)),
    });
    return dead ? 'dead' : 'failed';
  }

  async function drainOnce(limit = 100): Promise<WebhookPass> {
    const pass: WebhookPass = { collected: await collectWebhookEvents(deps.db, now()), delivered: 0, failed: 0, dead: 0 };
    for (const row of await dueRows(now().toISOString(), limit)) {
      const done = await deliver(row);
      if (done) pass[done] += 1;
    }
    return pass;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    drainOnce,
    /** Drains every `everyMs` until stop(); a pass never overlaps the previous one. */
    start(everyMs = 2000): void {
      timer = setInterval(() => {
        running = running.then(() => drainOnce()).catch((error) => deps.onError?.(error));
      }, everyMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

/** The dispatcher's interface, for injection. */
export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
