// Delivers queued SMS rows through the configured provider. The whole channel keeps to `perMinute` sends (the
// account's flow control): over it, rows wait for the window to move (queue, don't drop); a provider's own
// flow-control answer holds the row a minute; a failure is retried with the robots' backoff until the last attempt
// parks the row as `dead`. A row in flight holds a lease, so a dispatcher killed mid-send leaves it to be tried again.
// Every log line names the mobile masked.
import type { Knex } from 'knex';
import { robotBackoffMs, type DrainResult } from './robot-dispatcher';
import { mobileOfAddress, shownAddress } from './sms-address';
import { dueSmsRows } from './sms-outbox';
import type { SmsOutcome, SmsProvider } from './sms-provider';

/** Dependencies of the SMS dispatcher. */
export interface SmsDispatcherDeps {
  db: Knex;
  provider: SmsProvider;
  perMinute: number;
  now?: () => Date;
  /** Attempts before a row is dead (8 by default). */
  maxAttempts?: number;
  /** One line per attempt; `to` is masked. */
  log?: (fields: { id: number; to: string; outcome: SmsOutcome['kind']; reason?: string }) => void;
  onError?: (error: unknown) => void;
}

const MINUTE = 60_000;
const LEASE_MS = 2 * MINUTE;

/** Builds the dispatcher; `drainOnce` is the whole of its work, `start` runs it on an interval in the worker. */
export function createSmsDispatcher(deps: SmsDispatcherDeps) {
  const now = deps.now ?? (() => new Date());
  const maxAttempts = deps.maxAttempts ?? 8;
  const iso = (ms: number) => new Date(ms).toISOString();

  async function settle(row: Record<string, unknown>, outcome: SmsOutcome, nowMs: number): Promise<keyof DrainResult> {
    const attempts = Number(row.attempts);
    const where = deps.db('outbox').where({ id: row.id, status: 'sending' });
    deps.log?.({
      id: Number(row.id),
      to: shownAddress('sms', String(row.to_address)),
      outcome: outcome.kind,
      ...(outcome.kind === 'sent' ? {} : { reason: outcome.reason }),
    });
    if (outcome.kind === 'sent') {
      await where.update({ status: 'sent', attempts: attempts + 1, sent_at: iso(nowMs), next_attempt_at: null, last_error: null });
      return 'sent';
    }
    if (outcome.kind === 'rate-limited') {
      await where.update({ status: 'queued', next_attempt_at: iso(nowMs + MINUTE), last_error: outcome.reason });
      return 'throttled';
    }
    const dead = attempts + 1 >= maxAttempts;
    await where.update({
      status: dead ? 'dead' : 'queued',
      attempts: attempts + 1,
      next_attempt_at: dead ? null : iso(nowMs + robotBackoffMs(attempts + 1)),
      last_error: outcome.reason.slice(0, 1000),
    });
    return dead ? 'dead' : 'failed';
  }

  async function deliver(row: Record<string, unknown>): Promise<keyof DrainResult | null> {
    const nowMs = now().getTime();
    const claimed = await deps
      .db('outbox')
      .where({ id: row.id, status: row.status, next_attempt_at: row.next_attempt_at ?? null })
      .update({ status: 'sending', next_attempt_at: iso(nowMs + LEASE_MS) });
    if (!claimed) return null;
    const mobile = mobileOfAddress(String(row.to_address)) ?? '';
    const outcome = await deps.provider.send({ mobile, text: String(row.text_body), outId: String(row.id) });
    return settle({ ...row, status: 'sending' }, outcome, now().getTime());
  }

  // The channel's sends in the last minute, oldest first.
  async function recentSends(nowMs: number): Promise<string[]> {
    const rows = await deps
      .db('outbox')
      .where({ channel: 'sms', status: 'sent' })
      .where('sent_at', '>', iso(nowMs - MINUTE))
      .orderBy('sent_at')
      .select('sent_at');
    return rows.map((row) => String(row.sent_at));
  }

  async function drainOnce(limit = 100): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, throttled: 0, failed: 0, dead: 0 };
    const rows = await dueSmsRows(deps.db, iso(now().getTime()), limit);
    if (!rows.length) return result;
    const sends = await recentSends(now().getTime());
    for (const row of rows) {
      if (sends.length >= deps.perMinute) {
        // Queue, don't drop: every waiting row moves to when the oldest send of the minute leaves the window.
        const freeAt = iso(Date.parse(sends[0]!) + MINUTE + 1);
        await deps
          .db('outbox')
          .where({ channel: 'sms', status: 'queued' })
          .where('next_attempt_at', '<', freeAt)
          .update({ next_attempt_at: freeAt });
        result.throttled += 1;
        break;
      }
      const done = await deliver(row);
      if (done) result[done] += 1;
      if (done === 'sent') sends.push(iso(now().getTime()));
      if (done === 'throttled') break;
    }
    return result;
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
export type SmsDispatcher = ReturnType<typeof createSmsDispatcher>;
