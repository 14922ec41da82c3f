// Group-robot messages through the outbox against a fake WeCom/DingTalk server on loopback that checks each request
// the way the providers do. The dispatcher's clock is a value the test moves, so backoff and the per-minute window
// are exercised without sleeping; the fake counts by the same clock and would answer 45009 if the limit were broken.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createSecretBox } from '#core/codec/secret-box';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { retryRobotRow } from '#core/notify/robot-outbox';
import { insertRobot, replaceRobotSecret } from '#core/stores/notify/robot-store';
import { startFakeRobotServer, type FakeRobotServer } from '#scripts/kit/fake-robot-server';
import { outboxDeliveryCases } from '../helpers/outbox-delivery-cases';
import { createTestNotifier } from '../helpers/test-notifier';
import { testDatabases } from '../helpers/test-db';

const TZ = 'Asia/Shanghai';
const WECOM_KEY = 'wecom-key-0123456789abcdef';
const DING_TOKEN = 'ding0123456789token';
const DING_SECRET = 'SEC0123456789abcdefsignsecret';
const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');

const BULLETIN = {
  formTitle: '每日进度报告',
  date: '2019-02-17',
  deadlineAt: '2026-02-17T09:00:00.000Z',
  expected: 3,
  onTime: 1,
  late: 1,
  missing: 1,
  totals: [{ field: 'workersOnSite', label: '在岗人数', value: 150 }],
  reported: [],
  lateList: [{ name: '乙公司', submittedAt: '2026-02-17T09:10:00.000Z' }],
  missingList: [{ name: '丙公司' }],
  notes: [],
};

describe.each(testDatabases())('group robots through the outbox on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let fake: FakeRobotServer;
  let clock: number;
  const now = () => new Date(clock);

  beforeEach(async () => {
    ({ db, close } = await database.open());
    clock = Date.now();
    fake = await startFakeRobotServer({ wecomKeys: [WECOM_KEY], dingtalk: { [DING_TOKEN]: DING_SECRET }, now: () => clock });
  });
  afterEach(async () => {
    await fake.stop();
    await close();
  });

  async function setup(options: { perMinute?: number; dingSecret?: string } = {}) {
    const at = now().toISOString();
    await insertRobot(
      db,
      box,
      {
        key: 'class-wecom',
        name: '综合协调专班群',
        channel: 'wecom-robot',
        audience: 'hq',
        secret: { token: WECOM_KEY },
        perMinute: options.perMinute,
      },
      at,
    );
    await insertRobot(
      db,
      box,
      {
        key: 'hq-ding',
        name: '指挥部群',
        channel: 'dingtalk-robot',
        audience: 'hq',
        secret: { token: DING_TOKEN, signSecret: options.dingSecret ?? DING_SECRET },
      },
      at,
    );
    const endpoints = { 'wecom-robot': fake.wecomUrl, 'dingtalk-robot': fake.dingtalkUrl };
    const notifier = createTestNotifier(db, { timeZone: TZ, endpoints, now });
    const dispatcher = createRobotDispatcher({ db, box, endpoints, now, maxAttempts: 3 });
    const notice = (key: string, robotKey = 'class-wecom') =>
      notifier.sendNotice({
        purpose: 'collection-bulletin',
        key,
        recipients: [{ channel: 'robot', robotKey }],
        data: BULLETIN,
        links: { bulletin: 'http://fugong.test/#/bulletins' },
      });
    const rows = () => db('outbox').whereNot({ channel: 'email' }).orderBy('id').select();
    return { notifier, dispatcher, notice, rows };
  }

  it('posts the markdown WeCom expects, with the figures and the link, once however often the notice is repeated', async () => {
    const { dispatcher, notice, rows } = await setup();
    await notice('round-1/bulletin');
    await notice('round-1/bulletin');
    expect(await dispatcher.drainOnce()).toEqual({ sent: 1, throttled: 0, failed: 0, dead: 0 });
    expect(await dispatcher.drainOnce()).toEqual({ sent: 0, throttled: 0, failed: 0, dead: 0 });
    expect(fake.refused).toEqual([]);
    expect(fake.received).toHaveLength(1);
    const content = fake.received[0]!.body.markdown.content!;
    expect(fake.received[0]).toMatchObject({ channel: 'wecom', token: WECOM_KEY, body: { msgtype: 'markdown' } });
    expect(content).toContain('应报 **3** 家，按时报送 **1** 家，迟报 **1** 家，未报 **1** 家');
    expect(content).toContain('> 在岗人数：150');
    expect(content).toContain('[查看通报](http://fugong.test/#/bulletins)');
    const [row] = await rows();
    expect(row).toMatchObject({
      channel: 'wecom-robot',
      status: 'sent',
      attempts: 1,
      to_address: 'robot:class-wecom',
      idempotency_key: 'round-1/bulletin/robot/class-wecom',
    });
  });

  it('signs DingTalk requests with the timestamp and secret, and a wrong secret is refused and retried, never counted as sent', async () => {
    const { dispatcher, notice, rows } = await setup({ dingSecret: 'SECwrongwrongwrongwrong' });
    await notice('round-2/bulletin', 'hq-ding');
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0, failed: 1 });
    expect(fake.refused.map((r) => r.reason)).toEqual(['bad sign']);
    expect((await rows())[0]).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await rows())[0].last_error).toContain('errcode 310000');

    // The admin enters the right signing secret; the queued message keeps its place and goes out signed correctly.
    const robot = await db('notification_robots').where({ key: 'hq-ding' }).first();
    await replaceRobotSecret(db, box, robot.id, 'dingtalk-robot', { token: DING_TOKEN, signSecret: DING_SECRET }, now().toISOString());
    clock += 60_000;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]!.body.markdown.title).toBe('项目动态每日通报 · 每日进度报告 · 2019年2月17日');
    expect(fake.received[0]!.body.markdown.text).toContain('未报企业**：丙公司');
  });

  it('queues past the robot’s 20 a minute instead of dropping: 45 messages leave in three minutes, each once', async () => {
    const { dispatcher, notice } = await setup();
    for (let i = 0; i < 45; i++) await notice(`burst/${i}`);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 20, throttled: 1 });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    clock += 61_000;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 20 });
    clock += 61_000;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 5, throttled: 0 });
    expect(fake.received).toHaveLength(45);
    expect(fake.rateLimitAnswers()).toBe(0);
    const sent = await db('outbox').where({ status: 'sent', channel: 'wecom-robot' }).count({ n: '*' }).first();
    expect(Number(sent!.n)).toBe(45);
  });

  outboxDeliveryCases({
    noun: 'message',
    rateLimit: { answer: '45009 (rate limited)', error: 'errcode 45009' },
    deadError: 'HTTP 500',
    delivered: () => fake.received.map((m) => m.body.markdown.content!),
    arrange: async () => {
      const { dispatcher, notice, rows } = await setup();
      return { dispatcher, notice: (key: string) => notice(key), rows, retry: retryRobotRow };
    },
    fake: () => fake,
    db: () => db,
    now,
    advance: (ms) => (clock += ms),
  });

  it('keeps the webhook key out of the stored row: sealed, with only a hint in clear', async () => {
    await setup();
    const raw = await db('notification_robots').where({ key: 'class-wecom' }).first();
    expect(JSON.stringify(raw)).not.toContain(WECOM_KEY);
    expect(raw.sealed_secret).toMatch(/^gcm1:test:/);
    expect(raw.secret_hint).toBe('••••••••cdef');
    const ding = await db('notification_robots').where({ key: 'hq-ding' }).first();
    expect(JSON.stringify(ding)).not.toContain(DING_SECRET);
  });
});
