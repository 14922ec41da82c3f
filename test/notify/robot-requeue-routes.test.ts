// A message to a group robot that was not registered (or was switched off) is parked as dead. When an admin registers
// the robot, switches it on or replaces its address, the messages dead for want of it that are at most
// MAIL_KEPT_SEND_HOURS old are queued again in the same transaction, audited once with how many, and the answer says
// how many; older ones stay dead, tied to the robot now, and the outbox offers "retry now" for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { newPayloadKeyLine } from '#core/codec/payload-keys';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { enqueueRobotMessage } from '#core/notify/robot-outbox';
import { findRobot } from '#core/stores/notify/robot-store';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const HOUR = 3_600_000;
const WECOM_KEY = 'f3b1c9d2-77aa-4bc4-97a0-0ec2a1b2c3d4';
const DING_TOKEN = 'a1b2c3d4e5f6a7b8c9d0token';
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

/** Records a robot message to `robotKey` as the worker does, `hoursAgo` hours ago; answers its row's id. */
async function robotMessage(db: Knex, key: string, robotKey: string, hoursAgo: number): Promise<number> {
  const robot = (await db('notification_robots').where({ key: robotKey }).first('id')) as { id: number } | undefined;
  const { id } = await enqueueRobotMessage(db, {
    key,
    purpose: 'task-assigned',
    locale: 'zh-CN',
    robotKey,
    robot: robot ? await findRobot(db, Number(robot.id)) : undefined,
    message: { title: '新转办案件 · 困难问题反映', markdown: '## 新转办案件 · 困难问题反映' },
    deliverable: true,
    at: ago(hoursAgo),
  });
  return id;
}

const rowOf = (db: Knex, id: number) =>
  db('outbox').where({ id }).first('status', 'robot_id', 'channel', 'attempts', 'last_error') as Promise<Record<string, unknown>>;
const requeueAudits = async (db: Knex) =>
  (
    (await db('audit_log').where({ action: 'outbox.robot-messages-requeued' }).orderBy('id').select('target_id', 'summary')) as {
      target_id: string;
      summary: unknown;
    }[]
  ).map((entry) => ({
    targetId: Number(entry.target_id),
    summary: typeof entry.summary === 'string' ? JSON.parse(entry.summary) : entry.summary,
  }));

type Listed = {
  id: number;
  status: string;
  retryable: boolean;
  robotName: string | null;
  unsendableReason: string | null;
  lastError: string | null;
};

describe.each(testDatabases())('messages dead for want of a group robot, once an admin registers it, on $name', (database) => {
  let app: BareApp;
  let admin: HttpSession;
  const listed = async (id: number, locale = 'zh-CN') =>
    (
      (await admin.request('GET', '/api/outbox?limit=100', undefined, { headers: { 'accept-language': locale } })).body.messages as Listed[]
    ).find((m) => m.id === id);

  beforeAll(async () => {
    app = await startBareApp({
      database,
      env: {
        FUGONG_PAYLOAD_KEYS: newPayloadKeyLine('requeue'),
        WECOM_ROBOT_URL: 'https://robot.example.test/wecom',
        DINGTALK_ROBOT_URL: 'https://robot.example.test/dingtalk',
        MAIL_KEPT_SEND_HOURS: '12',
      },
    });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('queues again, on registering, the messages of the last hours recorded for its key; older ones stay dead with “retry now”', async () => {
    const recent = await robotMessage(app.db, 'requeue/recent', 'late-ding', 2);
    const stale = await robotMessage(app.db, 'requeue/stale', 'late-ding', 20);
    const other = await robotMessage(app.db, 'requeue/other', 'other-ding', 2);
    expect(await rowOf(app.db, recent)).toMatchObject({ status: 'dead', robot_id: null, last_error: 'no robot named "late-ding"' });
    // Before: the outbox says to register it, and what registering does.
    expect((await listed(recent))!.unsendableReason).toBe(
      '没有以「late-ding」登记的群机器人（从未登记或已删除），这条消息暂时无法发出。如需通知该群，请在“群机器人”页面以标识「late-ding」登记该机器人：登记后，不超过 12 小时（MAIL_KEPT_SEND_HOURS）的此类消息会自动重新发送，更早的可在本页点“立即重试”。',
    );

    const answer = await admin.request('POST', '/api/admin/robots', {
      key: 'late-ding',
      name: '指挥部钉钉群',
      channel: 'dingtalk-robot',
      audience: 'hq',
      webhook: DING_TOKEN,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ robot: { key: 'late-ding', channel: 'dingtalk-robot', active: true }, requeuedMessages: 1 });
    const robotId = answer.body.robot.id as number;

    // Queued for the robot's channel (the row was recorded before any channel was known), with a fresh count.
    expect(await rowOf(app.db, recent)).toMatchObject({ status: 'queued', robot_id: robotId, channel: 'dingtalk-robot', attempts: 0 });
    expect(await rowOf(app.db, stale)).toMatchObject({
      status: 'dead',
      robot_id: robotId,
      channel: 'dingtalk-robot',
      last_error: 'no robot named "late-ding"',
    });
    expect(await rowOf(app.db, other)).toMatchObject({ status: 'dead', robot_id: null });
    expect(await requeueAudits(app.db)).toEqual([{ targetId: robotId, summary: { requeued: 1, keptSendHours: 12 } }]);
    const audit = await admin.request('GET', '/api/audit?action=outbox.robot-messages-requeued&limit=10');
    expect(audit.body.entries[0]).toMatchObject({
      targetName: '指挥部钉钉群',
      described: ['重新排队发送的消息（条）：1', '自动发出的时限（小时）：12'],
    });

    // The older message is the admin's to send: named by its robot, "retry now" offered and taken.
    // Why it is dead reads in words, not as the marker stored (`no robot named "late-ding"`).
    expect(await listed(stale)).toMatchObject({
      status: 'dead',
      retryable: true,
      robotName: '指挥部钉钉群',
      unsendableReason: null,
      lastError: '记录时没有以「late-ding」登记的群机器人',
    });
    expect((await listed(stale, 'en'))!.lastError).toBe('No group robot was registered as “late-ding” when it was recorded');
    const retried = await admin.request('POST', `/api/outbox/${stale}/retry`, {});
    expect(retried.body).toMatchObject({ id: stale, status: 'queued', attempts: 0 });
  });

  it('queues again what was parked while a robot was off when it is switched on, and what failed when its address is replaced', async () => {
    const registered = await admin.request('POST', '/api/admin/robots', {
      key: 'toggled-wecom',
      name: '综合协调专班群',
      channel: 'wecom-robot',
      audience: 'hq',
      webhook: WECOM_KEY,
    });
    expect(registered.body.requeuedMessages).toBe(0);
    const robotId = registered.body.robot.id as number;
    expect((await admin.request('PUT', `/api/admin/robots/${robotId}`, { active: false })).body.requeuedMessages).toBe(0);
    const whileOff = await robotMessage(app.db, 'requeue/while-off', 'toggled-wecom', 1);
    const failed = await robotMessage(app.db, 'requeue/failed', 'toggled-wecom', 1);
    await app.db('outbox').where({ id: failed }).update({ status: 'dead', attempts: 8, last_error: 'errcode 93000: invalid webhook url' });
    expect(await rowOf(app.db, whileOff)).toMatchObject({ status: 'dead', last_error: 'robot is switched off' });
    expect((await listed(whileOff))!.lastError).toBe('记录时该群机器人已停用');
    // A provider's own answer is shown as it came.
    expect((await listed(failed))!.lastError).toBe('errcode 93000: invalid webhook url');

    // Renamed while off: nothing can reach it yet.
    const renamed = await admin.request('PUT', `/api/admin/robots/${robotId}`, { name: '综合协调专班工作群' });
    expect(renamed.body.requeuedMessages).toBe(0);
    expect(await rowOf(app.db, whileOff)).toMatchObject({ status: 'dead' });

    const on = await admin.request('PUT', `/api/admin/robots/${robotId}`, { active: true });
    expect(on.body).toMatchObject({ robot: { active: true }, requeuedMessages: 1 });
    expect(await rowOf(app.db, whileOff)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await rowOf(app.db, failed)).toMatchObject({ status: 'dead' });

    const moved = await admin.request('PUT', `/api/admin/robots/${robotId}`, { webhook: `${WECOM_KEY}-new` });
    expect(moved.body.requeuedMessages).toBe(1);
    expect(await rowOf(app.db, failed)).toMatchObject({ status: 'queued', attempts: 0 });
    expect((await requeueAudits(app.db)).filter((entry) => entry.targetId === robotId)).toEqual([
      { targetId: robotId, summary: { requeued: 1, keptSendHours: 12 } },
      { targetId: robotId, summary: { requeued: 1, keptSendHours: 12 } },
    ]);
  });
});

describe('messages dead for want of a robot whose channel has no address configured', () => {
  let app: BareApp;
  let admin: HttpSession;
  beforeAll(async () => {
    app = await startBareApp({ env: { FUGONG_PAYLOAD_KEYS: newPayloadKeyLine('requeue-kept'), MAIL_KEPT_SEND_HOURS: '12' } });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('keeps them in the outbox on registering, for a worker with WECOM_ROBOT_URL to release, rather than failing them again', async () => {
    const recent = await robotMessage(app.db, 'requeue-kept/recent', 'unconfigured-wecom', 2);
    const answer = await admin.request('POST', '/api/admin/robots', {
      key: 'unconfigured-wecom',
      name: '综合协调专班群',
      channel: 'wecom-robot',
      audience: 'hq',
      webhook: WECOM_KEY,
    });
    expect(answer.body).toMatchObject({ robot: { key: 'unconfigured-wecom' }, requeuedMessages: 1 });
    expect(await rowOf(app.db, recent)).toMatchObject({ status: 'outbox', robot_id: answer.body.robot.id, channel: 'wecom-robot' });
  });
});
