// The one delivery loop behind every outbox channel (SMS, group robots, webhooks). A pass takes the channel's due rows
// in order, parks a row whose recipient is gone as `dead`, keeps each pace key (the SMS account, one robot) to its
// messages per minute — over it, that key's waiting rows move to when the window frees (queue, don't drop) — and
// delivers the rest: a row is claimed with a lease (a dispatcher killed mid-send leaves it to be tried again once the
// lease runs out), sent by the channel's sender, then settled: sent; held a minute when the provider answers "too
// fast"; retried with exponential backoff on failure until the last attempt parks it as `dead`.
import type { Db } from '../stores/db-types';
import { claimRow, doneSince, holdWaitingRows, parkRow, settleRow, type OutboxRow } from '../stores/outbox/outbox-lease-store';

export type { OutboxRow };

/** What one pass did. */
export interface DrainResult {
  sent: number;
  throttled: number;
  failed: number;
  dead: number;
}

/** A provider's answer to one send; `columns` are the channel's own columns to store with the result. */
export type SendOutcome =
  | { kind: 'sent'; columns?: Record<string, unknown> }
  | { kind: 'rate-limited'; reason: string }
  | { kind: 'failed'; reason: string; columns?: Record<string, unknown> };

/** Who a row goes to, or why it can never be reached (the row is then parked as `dead`). */
export type Recipient<Target> = { target: Target } | { unreachable: string };

/** Per-minute pacing of a channel: rows sharing a key share one window. */
export interface OutboxPace<Target> {
  /** The rows that share the window of this row (for example `{ channel: 'sms' }` or `{ robot_id: 3 }`). */
  scope(row: OutboxRow, target: Target): Record<string, unknown>;
  perMinute(target: Target): number;
}

/** One channel: its table and statuses, how its due rows are found, who they go to and how they are sent. */
export interface OutboxChannel<Target> {
  table: string;
  /** The status of a row waiting for its turn ('queued', 'pending'). */
  waiting: string;
  /** The status of a row that arrived ('sent', 'delivered'), and the column that records when. */
  done: string;
  doneAt: string;
  leaseMs: number;
  maxAttempts: number;
  /** Delay before attempt n+1 after n failures. */
  backoffMs(failures: number): number;
  /** Rows due at `at`: waiting and past their backoff, or in flight past their lease; at most `limit`, in order. */
  dueRows(at: string, limit: number): Promise<OutboxRow[]>;
  recipient(row: OutboxRow): Promise<Recipient<Target>>;
  /** Rows with the same key have the same recipient: it is looked up once a pass. */
  recipientKey?(row: OutboxRow): unknown;
  pace?: OutboxPace<Target>;
  send(row: OutboxRow, target: Target, nowMs: number): Promise<SendOutcome>;
  /** Called with each settled attempt (the SMS channel logs it, the mobile masked). */
  onOutcome?(row: OutboxRow, outcome: SendOutcome): void;
  /** Runs before a pass takes its rows (the SMS and robot channels release, at most once a minute, what was kept while
   * their provider was not configured: kept-release.ts); a failure ends the pass and it runs again at the next. */
  beforePass?(): Promise<void>;
}

/** What every dispatcher is given besides its channel. */
export interface OutboxDispatcherDeps {
  db: Db;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export const MINUTE = 60_000;

/** Delay before attempt n+1 after n failures: 10 s, 20 s, 40 s … at most `capMs`. */
export function exponentialBackoffMs(failures: number, capMs: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, failures - 1), capMs);
}

/** The `outbox` table's part of a channel (SMS, robots): queued → sent, a two-minute lease, backoff up to 30 minutes. */
export function outboxTable(maxAttempts = 8) {
  return {
    table: 'outbox',
    waiting: 'queued',
    done: 'sent',
    doneAt: 'sent_at',
    // A message in flight longer than this is taken to be lost with its dispatcher and tried again.
    leaseMs: 2 * MINUTE,
    maxAttempts,
    backoffMs: (failures: number) => exponentialBackoffMs(failures, 30 * MINUTE),
  };
}

type Settled = keyof DrainResult;

/** Builds a channel's dispatcher; `drainOnce` is the whole of its work, `start` runs it on an interval in the worker. */
export function createOutboxDispatcher<Target>(deps: OutboxDispatcherDeps, channel: OutboxChannel<Target>) {
  const now = deps.now ?? (() => new Date());
  const iso = (ms: number) => new Date(ms).toISOString();
  const { db } = deps;

  async function settle(row: OutboxRow, outcome: SendOutcome, nowMs: number): Promise<Settled> {
    const attempts = Number(row.attempts);
    channel.onOutcome?.(row, outcome);
    if (outcome.kind === 'sent') {
      await settleRow(db, channel.table, row.id, {
        status: channel.done,
        attempts: attempts + 1,
        [channel.doneAt]: iso(nowMs),
        next_attempt_at: null,
        last_error: null,
        ...outcome.columns,
      });
      return 'sent';
    }
    if (outcome.kind === 'rate-limited') {
      await settleRow(db, channel.table, row.id, {
        status: channel.waiting,
        next_attempt_at: iso(nowMs + MINUTE),
        last_error: outcome.reason,
      });
      return 'throttled';
    }
    const dead = attempts + 1 >= channel.maxAttempts;
    await settleRow(db, channel.table, row.id, {
      status: dead ? 'dead' : channel.waiting,
      attempts: attempts + 1,
      next_attempt_at: dead ? null : iso(nowMs + channel.backoffMs(attempts + 1)),
      last_error: outcome.reason.slice(0, 1000),
      ...outcome.columns,
    });
    return dead ? 'dead' : 'failed';
  }

  /** Claims and delivers one row; null when another dispatcher had claimed it first. */
  async function deliver(row: OutboxRow, target: Target): Promise<Settled | null> {
    if (!(await claimRow(db, channel.table, row, iso(now().getTime() + channel.leaseMs)))) return null;
    const outcome = await channel.send(row, target, now().getTime());
    return settle({ ...row, status: 'sending' }, outcome, now().getTime());
  }

  // The scope's sends in the last minute, oldest first.
  function recentSends(scope: Record<string, unknown>, nowMs: number): Promise<string[]> {
    return doneSince(db, channel.table, scope, channel, iso(nowMs - MINUTE));
  }

  // Queue, don't drop: the scope's waiting rows move to when the oldest send of the minute leaves the window.
  async function holdUntilFree(scope: Record<string, unknown>, sends: string[]): Promise<void> {
    const freeAt = iso(Date.parse(sends[0]!) + MINUTE + 1);
    await holdWaitingRows(db, channel.table, scope, channel.waiting, freeAt);
  }

  /** One pass's memory: recipients looked up, each pace key's sends of the last minute, the keys that wait. */
  function passState() {
    return { recipients: new Map<unknown, Recipient<Target>>(), windows: new Map<string, string[]>(), waiting: new Set<string>() };
  }
  type Pass = ReturnType<typeof passState>;

  async function recipientOf(row: OutboxRow, pass: Pass): Promise<Recipient<Target>> {
    const key = channel.recipientKey?.(row);
    const known = key === undefined ? undefined : pass.recipients.get(key);
    if (known) return known;
    const recipient = await channel.recipient(row);
    if (key !== undefined) pass.recipients.set(key, recipient);
    return recipient;
  }

  /** The row's pace key and its window's sends (read once a pass, counted on from there); 'full' when the window has
   * just been found full (its waiting rows are moved on), 'waiting' for the rest of the pass. */
  async function windowOf(row: OutboxRow, target: Target, pass: Pass): Promise<{ key: string; sends?: string[] } | 'full' | 'waiting'> {
    const scope = channel.pace?.scope(row, target);
    const key = JSON.stringify(scope ?? null);
    if (pass.waiting.has(key)) return 'waiting';
    if (!scope) return { key };
    let sends = pass.windows.get(key);
    if (!sends) pass.windows.set(key, (sends = await recentSends(scope, now().getTime())));
    if (sends.length < channel.pace!.perMinute(target)) return { key, sends };
    await holdUntilFree(scope, sends);
    pass.waiting.add(key);
    return 'full';
  }

  async function drainOnce(limit = 100): Promise<DrainResult> {
    await channel.beforePass?.();
    const result: DrainResult = { sent: 0, throttled: 0, failed: 0, dead: 0 };
    const pass = passState();
    for (const row of await channel.dueRows(iso(now().getTime()), limit)) {
      const recipient = await recipientOf(row, pass);
      if ('unreachable' in recipient) {
        if (await parkRow(db, channel.table, row, recipient.unreachable)) result.dead += 1;
        continue;
      }
      const window = await windowOf(row, recipient.target, pass);
      if (window === 'waiting') continue;
      if (window === 'full') {
        result.throttled += 1;
        continue;
      }
      const done = await deliver(row, recipient.target);
      if (done) result[done] += 1;
      if (done === 'sent') window.sends?.push(iso(now().getTime()));
      if (done === 'throttled') pass.waiting.add(window.key);
    }
    return result;
  }

  return { drainOnce, ...drainLoop(drainOnce, deps.onError) };
}

/** How often the worker's dispatchers (robots, SMS, webhooks) take their due rows: a row queued now leaves within it,
 * unless its pace key has had its messages of the minute. */
export const OUTBOX_PASS_MS = 2000;

/** Runs `drainOnce` every `everyMs` in the worker until stop(); a pass never overlaps the previous one. */
export function drainLoop(drainOnce: () => Promise<unknown>, onError?: (error: unknown) => void) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    /** Drains every `everyMs` until stop(); a pass never overlaps the previous one. */
    start(everyMs = OUTBOX_PASS_MS): void {
      timer = setInterval(() => {
        running = running.then(() => drainOnce()).catch((error) => onError?.(error));
      }, everyMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
