// Delivers queued group-robot messages. One pass takes the due rows in order; a robot that already had its messages
// of the last minute waits (its rows get a later next_attempt_at), one that answers "too fast" waits a minute, a
// failure is retried with exponential backoff until the last attempt parks the row as `dead`.
import type { Knex } from 'knex';
import type { SecretBox } from '../codec/secret-box';
import { postToRobot, type RobotChannel, type RobotOutcome } from './robot-provider';
import { dueRobotRows } from './robot-outbox';
import { openRobotSecret, type RobotRow } from './robot-store';

/** Where each channel's provider is; a channel without a base URL delivers nothing. */
export type RobotEndpoints = Partial<Record<RobotChannel, string>>;

/** Dependencies of the dispatcher. */
export interface RobotDispatcherDeps {
  db: Knex;
  box: SecretBox;
  endpoints: RobotEndpoints;
  now?: () => Date;
  /** Attempts before a row is dead (8 by default: about 40 minutes of backoff). */
  maxAttempts?: number;
  onError?: (error: unknown) => void;
}

/** What one pass did. */
export interface DrainResult {
  sent: number;
  throttled: number;
  failed: number;
  dead: number;
}

const MINUTE = 60_000;
// A message in flight longer than this is taken to be lost with its dispatcher and tried again.
const LEASE_MS = 2 * MINUTE;

/** Delay before attempt n+1 after n failures: 10 s, 20 s, 40 s … at most 30 minutes. */
export function robotBackoffMs(failures: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, failures - 1), 30 * MINUTE);
}

/** Builds the dispatcher; `drainOnce` is the whole of its work, `start` runs it on an interval in the worker. */
export function createRobotDispatcher(deps: RobotDispatcherDeps) {
  const now = deps.now ?? (() => new Date());
  const maxAttempts = deps.maxAttempts ?? 8;
  const iso = (ms: number) => new Date(ms).toISOString();

  // The robot's sends in the last minute, oldest first; its window is full at `per_minute`.
  async function recentSends(robotId: number, nowMs: number): Promise<string[]> {
    const rows = await deps
      .db('outbox')
      .where({ robot_id: robotId, status: 'sent' })
      .where('sent_at', '>', iso(nowMs - MINUTE))
      .orderBy('sent_at')
      .select('sent_at');
    return rows.map((row) => String(row.sent_at));
  }

  async function settle(row: Record<string, unknown>, outcome: RobotOutcome, nowMs: number): Promise<keyof DrainResult> {
    const attempts = Number(row.attempts);
    const where = deps.db('outbox').where({ id: row.id, status: 'sending' });
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

  /** Claims and delivers one row; false when another dispatcher had claimed it first. */
  async function deliver(row: Record<string, unknown>, robot: RobotRow): Promise<keyof DrainResult | null> {
    const nowMs = now().getTime();
    const claimed = await deps
      .db('outbox')
      .where({ id: row.id, status: row.status, next_attempt_at: row.next_attempt_at ?? null })
      .update({ status: 'sending', next_attempt_at: iso(nowMs + LEASE_MS) });
    if (!claimed) return null;
    const base = deps.endpoints[robot.channel];
    const outcome: RobotOutcome = base
      ? await postToRobot(
          robot.channel,
          base,
          openRobotSecret(deps.box, robot),
          { title: String(row.subject), markdown: String(row.text_body) },
          nowMs,
        )
      : { kind: 'failed', reason: `${robot.channel} has no base URL configured` };
    return settle({ ...row, status: 'sending' }, outcome, now().getTime());
  }

  async function drainOnce(limit = 100): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, throttled: 0, failed: 0, dead: 0 };
    const nowMs = now().getTime();
    const rows = await dueRobotRows(deps.db, iso(nowMs), limit);
    const robots = new Map<number, RobotRow | undefined>();
    const waiting = new Set<number>();
    for (const row of rows) {
      const robotId = Number(row.robot_id);
      if (!robots.has(robotId)) robots.set(robotId, await deps.db('notification_robots').where({ id: robotId }).first());
      const robot = robots.get(robotId);
      if (!robot || !robot.active) {
        await deps
          .db('outbox')
          .where({ id: row.id })
          .update({ status: 'dead', next_attempt_at: null, last_error: 'robot removed or switched off' });
        result.dead += 1;
        continue;
      }
      if (waiting.has(robotId)) continue;
      const sends = await recentSends(robotId, now().getTime());
      if (sends.length >= Number(robot.per_minute)) {
        // Queue, don't drop: this robot's rows wait until its oldest send of the minute leaves the window.
        const freeAt = iso(Date.parse(sends[0]!) + MINUTE + 1);
        await deps
          .db('outbox')
          .where({ robot_id: robotId, status: 'queued' })
          .where('next_attempt_at', '<', freeAt)
          .update({ next_attempt_at: freeAt });
        waiting.add(robotId);
        result.throttled += 1;
        continue;
      }
      const done = await deliver(row, robot);
      if (done) result[done] += 1;
      if (done === 'throttled') waiting.add(robotId);
    }
    return result;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    drainOnce,
    /** Delivers one test message now (the admin's "send test"), bypassing the outbox; the outcome says what the provider said. */
    async sendTest(robot: RobotRow, message: { title: string; markdown: string }): Promise<RobotOutcome> {
      const base = deps.endpoints[robot.channel];
      if (!base) return { kind: 'failed', reason: `${robot.channel} has no base URL configured` };
      return postToRobot(robot.channel, base, openRobotSecret(deps.box, robot), message, now().getTime());
    },
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
export type RobotDispatcher = ReturnType<typeof createRobotDispatcher>;
