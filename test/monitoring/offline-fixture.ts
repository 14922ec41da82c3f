// The stage for check-ins synced from a device queue (issue 23), shared by the health watch's and the gate quarantine's
// tests: the app on a fresh database whose clock follows the time-skipping server's, a worker on that server, sign-in,
// jumps in time, items as a queue sends them, and audit counts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { createActivities } from '#activities/index';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import type { TestDatabase } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';

/** The installation's time zone in these tests. */
export const TZ = 'Asia/Shanghai';
/** An hour and a day, in milliseconds. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** What a test of queued check-ins works with (read inside tests and hooks, after the stage is up). */
export interface OfflineStage {
  app: BareApp;
  skipping: TimeSkipping;
  /** The app's clock now, in milliseconds. */
  now(): number;
  /** `hour` o'clock Beijing time on day `day`; day 1 is the day after the stage started. */
  at(day: number, hour: number): number;
  /** Skips the server (and so the app's clock) to `ms`. Sessions live by that clock: sign in again after a jump. */
  jumpTo(ms: number): Promise<void>;
  login(username: string, locale?: 'zh-CN' | 'en'): Promise<HttpSession>;
  /** An item as the device's queue sends it: a fresh client id, the device time, and the route's own body. */
  queued<B extends Record<string, unknown>>(deviceTime: number, body: B): B & { clientId: string; deviceTime: string };
  /** How many audit entries of `action` name the target. */
  audits(action: string, target: { type: string; id: string }): Promise<number>;
}

/** Starts the stage before the file's tests (on `database`) and stops it after them. */
export function useOfflineStage(database: TestDatabase): OfflineStage {
  let app: BareApp;
  let skipping: TimeSkipping;
  let clock = Date.now();
  let day1 = '';
  beforeAll(async () => {
    app = await startBareApp({
      database,
      now: () => new Date(clock),
      temporal: {
        get workflow() {
          return skipping.env.client.workflow;
        },
      },
    });
    skipping = await startTimeSkipping(
      app.config.temporal.taskQueue,
      createActivities({ db: app.db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ }),
    );
    clock = await skipping.env.currentTimeMs();
    day1 = addDays(localDate(clock, TZ), 1);
  });
  afterAll(async () => {
    await skipping?.stop();
    await app?.stop();
  });
  return {
    get app() {
      return app;
    },
    get skipping() {
      return skipping;
    },
    now: () => clock,
    at: (day, hour) => startOfLocalDay(addDays(day1, day - 1), TZ) + hour * HOUR,
    async jumpTo(ms) {
      const { env } = skipping;
      await env.sleep(ms - (await env.currentTimeMs()));
      clock = await env.currentTimeMs();
    },
    async login(username, locale = 'zh-CN') {
      const session = new HttpSession(app.baseUrl, locale);
      await session.login(username, DEMO_PASSWORD);
      return session;
    },
    queued: (deviceTime, body) => ({ clientId: randomUUID(), deviceTime: new Date(deviceTime).toISOString(), ...body }),
    audits: (action, target) =>
      app
        .db('audit_log')
        .where({ action, target_type: target.type, target_id: target.id })
        .count('* as n')
        .first()
        .then((r) => Number(r?.n)),
  };
}

/** What a session's request answers. */
export type HttpResponse = Awaited<ReturnType<HttpSession['request']>>;

/** The refusal of a client id someone else used: the same words whatever it named. */
export function expectClientIdTaken(answer: HttpResponse): void {
  expect(answer.status).toBe(409);
  expect(answer.body).toEqual({
    error: { code: 'client_id_taken', message: '这条离线记录的编号已被使用，请重新填写后再提交', details: [] },
  });
}

/** The refusal of a client id that is no UUID v4 and a device time without its offset, at their paths. */
export function expectBadOfflineFields(answer: HttpResponse): void {
  expect(answer.status).toBe(422);
  expect(answer.body.error.details).toEqual([
    { path: '/clientId', message: '应为设备生成的 UUID（第 4 版）' },
    { path: '/deviceTime', message: '应为带时区的时间，例如 2026-02-10T08:30:00+08:00' },
  ]);
}

/** Of two sendings of one item at once, the one that recorded it: the twin answers the same receipt (replayed) or says
 * the item is still being recorded — never a second reading. */
export function recordedOnceOf(answers: HttpResponse[]): HttpResponse {
  const recorded = answers.filter((a) => a.status === 200 && !a.body.replayed);
  expect(recorded, JSON.stringify(answers.map((a) => a.body))).toHaveLength(1);
  const twin = answers.find((a) => a !== recorded[0])!;
  if (twin.status === 200) expect(twin.body).toEqual({ ...recorded[0]!.body, replayed: true });
  else expect(twin.body.error.code).toBe('item_in_progress');
  return recorded[0]!;
}
