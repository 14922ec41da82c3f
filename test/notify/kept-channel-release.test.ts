// Texts and group-robot messages recorded while their provider was not configured (no SMS gateway, no WECOM_ROBOT_URL
// or DINGTALK_ROBOT_URL) are kept in the outbox (status `outbox`). A worker with the provider has the channel's
// dispatcher send, at its first pass, what is at most MAIL_KEPT_SEND_HOURS old through the real (loopback) provider,
// once, and mark older messages `expired`: not sent by itself, audited, shown to admins in words with "retry now" to
// send it anyway. Its later passes do the same, at most once a minute, for what another worker without the provider
// keeps while it runs. A robot channel still without its address keeps its messages.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createSecretBox } from '#core/codec/secret-box';
import { KEPT_RELEASE_EVERY_MS, releaseKeptNow, type KeptReleased } from '#core/notify/kept-release';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { enqueueRobotMessage, retryRobotRow } from '#core/notify/robot-outbox';
import { createSmsDispatcher } from '#core/notify/sms-dispatcher';
import { enqueueSms, retrySmsRow } from '#core/notify/sms-outbox';
import { createAliyunSmsProvider } from '#core/notify/sms-provider';
import { createSmsRenderer, smsBudget } from '#core/notify/sms-renderer';
import { findRobot, insertRobot } from '#core/stores/notify/robot-store';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startFakeRobotServer, type FakeRobotServer } from '#scripts/kit/fake-robot-server';
import { startFakeSmsServer, type FakeSmsServer } from '#scripts/kit/fake-sms-server';
import { HttpSession } from '#scripts/kit/http-session';
import { adminAppForSuite } from '../helpers/admin-app';
import { createTestNotifier } from '../helpers/test-notifier';
import { testDatabases } from '../helpers/test-db';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
const ACCOUNT = { accessKeyId: 'LTAItestkey', accessKeySecret: 'test-secret-0123456789', signName: '复工', templateCode: 'SMS_24680' };
const WECOM_KEY = 'wecom-key-0123456789abcdef';
const DING_TOKEN = 'ding0123456789token';
const DING_SECRET = 'SEC0123456789abcdefsignsecret';
const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');
const QUARANTINE = { workerName: '张三', projectName: '滨江新城一标段', endsAt: '2026-03-03T01:00:00.000Z', started: true };
const BULLETIN = {
  formTitle: '每日进度报告',
  date: '2019-02-17',
  deadlineAt: '2026-02-17T09:00:00.000Z',
  expected: 3,
  onTime: 1,
  late: 1,
  missing: 1,
  totals: [],
  reported: [],
  lateList: [],
  missingList: [{ name: '丙公司' }],
  notes: [],
};

/** The outbox row of the notice recorded under `key` (one recipient each). */
const statusOf = async (db: Knex, key: string) =>
  (await db('outbox').whereLike('idempotency_key', `${key}/%`).first('id', 'status', 'last_error')) as {
    id: number;
    status: string;
    last_error: string | null;
  };
const auditsOf = async (db: Knex) => {
  const rows: { action: string; target_id: string; summary: unknown }[] = await db('audit_log')
    .whereLike('action', 'outbox.kept-%')
    .orderBy('id')
    .select('action', 'target_id', 'summary');
  return rows.map((row) => ({ ...row, summary: typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary }));
};

describe.each(testDatabases())('texts and robot messages kept without a provider, once one is configured, on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let sms: FakeSmsServer;
  let robots: FakeRobotServer;
  beforeEach(async () => {
    ({ db, close } = await database.open());
    sms = await startFakeSmsServer({ ...ACCOUNT, now: () => Date.now(), perMinute: 1000 });
    robots = await startFakeRobotServer({ wecomKeys: [WECOM_KEY], dingtalk: { [DING_TOKEN]: DING_SECRET }, now: () => Date.now() });
  });
  afterEach(async () => {
    await sms.stop();
    await robots.stop();
    await close();
  });

  /** Records a notice as a worker without the provider does, `hoursAgo` hours before now. */
  function keptNotice(
    hoursAgo: number,
    recipient: { channel: 'sms'; mobile: string } | { channel: 'robot'; robotKey: string },
    key: string,
  ) {
    const at = new Date(Date.now() - hoursAgo * HOUR);
    const renderer = createSmsRenderer(TZ, smsBudget(ACCOUNT.signName));
    const notifier = createTestNotifier(db, { timeZone: TZ, sms: { renderer, deliverable: false }, endpoints: {}, now: () => at });
    return recipient.channel === 'sms'
      ? notifier.sendNotice({ purpose: 'quarantine-alert', key, recipients: [recipient], data: QUARANTINE })
      : notifier.sendNotice({
          purpose: 'collection-bulletin',
          key,
          recipients: [recipient],
          data: BULLETIN,
          links: { bulletin: 'http://fugong.test/#/bulletins' },
        });
  }

  it('sends the texts of the last hours through the gateway once, marks older texts expired, audited once', async () => {
    await keptNotice(2, { channel: 'sms', mobile: '13912345678' }, 'kept-sms/recent');
    await keptNotice(30, { channel: 'sms', mobile: '13987654321' }, 'kept-sms/stale');
    expect((await statusOf(db, 'kept-sms/recent')).status).toBe('outbox');

    const released: [string, KeptReleased][] = [];
    const worker = () =>
      createSmsDispatcher({
        db,
        provider: createAliyunSmsProvider({ url: sms.url, ...ACCOUNT }),
        perMinute: 60,
        kept: { sendHours: 24, onReleased: (channel, r) => released.push([channel, r]) },
      });
    const dispatcher = worker();
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });

    expect(sms.received).toEqual([
      {
        mobile: '13912345678',
        text: '张三您好：您在滨江新城一标段入场检查后需隔离观察至3/3 09:00，每日按时到门岗测温。',
        outId: expect.any(String),
      },
    ]);
    const stale = await statusOf(db, 'kept-sms/stale');
    expect(stale).toMatchObject({ status: 'expired', last_error: 'kept_without_provider_expired' });
    expect(released).toEqual([['sms', { queued: 1, expired: 1 }]]);
    expect(await auditsOf(db)).toEqual([
      {
        action: 'outbox.kept-messages-released',
        target_id: 'sms',
        summary: { channel: 'sms', keptQueued: 1, keptExpired: 1, keptSendHours: 24 },
      },
    ]);

    // The worker restarts: nothing is released or sent again.
    expect(await worker().drainOnce()).toMatchObject({ sent: 0 });
    expect(released).toHaveLength(1);
    expect(await auditsOf(db)).toHaveLength(1);

    // An admin who decides the old text still matters sends it anyway: once.
    expect(await retrySmsRow(db, stale.id, new Date().toISOString())).toBe(true);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    expect(sms.received.map((m) => m.mobile)).toEqual(['13912345678', '13987654321']);
  });

  it('sends, within a minute, the texts another worker without the gateway keeps while this one runs; audits each release once', async () => {
    // Two workers: this one has the gateway, the other records texts without one (they are kept).
    let clock = Date.now();
    const released: [string, KeptReleased][] = [];
    const dispatcher = createSmsDispatcher({
      db,
      provider: createAliyunSmsProvider({ url: sms.url, ...ACCOUNT }),
      perMinute: 60,
      now: () => new Date(clock),
      kept: { sendHours: 24, onReleased: (channel, r) => released.push([channel, r]) },
    });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });

    await keptNotice(0, { channel: 'sms', mobile: '13912345678' }, 'kept-sms/while-running');
    // A pass seconds later does not look for kept texts again: that costs a look a minute, not one every pass.
    clock += 10_000;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    expect((await statusOf(db, 'kept-sms/while-running')).status).toBe('outbox');
    clock += KEPT_RELEASE_EVERY_MS;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(await statusOf(db, 'kept-sms/while-running')).toMatchObject({ status: 'sent' });

    // Minutes with nothing kept write nothing; the next text kept is released by the next look, audited on its own.
    clock += KEPT_RELEASE_EVERY_MS;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    await keptNotice(0, { channel: 'sms', mobile: '13987654321' }, 'kept-sms/later');
    clock += KEPT_RELEASE_EVERY_MS;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });

    expect(sms.received.map((m) => m.mobile)).toEqual(['13912345678', '13987654321']);
    expect(released).toEqual([
      ['sms', { queued: 1, expired: 0 }],
      ['sms', { queued: 1, expired: 0 }],
    ]);
    const release = { action: 'outbox.kept-messages-released', target_id: 'sms' };
    const summary = { channel: 'sms', keptQueued: 1, keptExpired: 0, keptSendHours: 24 };
    expect(await auditsOf(db)).toEqual([
      { ...release, summary },
      { ...release, summary },
    ]);
  });

  it('sends the robot messages of a channel whose address is now set, and keeps those of a channel still without one', async () => {
    const at = new Date().toISOString();
    await insertRobot(
      db,
      box,
      { key: 'class-wecom', name: '综合协调专班群', channel: 'wecom-robot', audience: 'hq', secret: { token: WECOM_KEY } },
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
        secret: { token: DING_TOKEN, signSecret: DING_SECRET },
      },
      at,
    );
    await keptNotice(3, { channel: 'robot', robotKey: 'class-wecom' }, 'kept-robot/recent');
    await keptNotice(48, { channel: 'robot', robotKey: 'class-wecom' }, 'kept-robot/stale');
    await keptNotice(3, { channel: 'robot', robotKey: 'hq-ding' }, 'kept-robot/ding');

    // WECOM_ROBOT_URL is set now, DINGTALK_ROBOT_URL still is not.
    const dispatcher = createRobotDispatcher({ db, box, endpoints: { 'wecom-robot': robots.wecomUrl }, kept: { sendHours: 24 } });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1, dead: 0 });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });

    expect(robots.received).toHaveLength(1);
    expect(robots.received[0]).toMatchObject({ channel: 'wecom', token: WECOM_KEY });
    expect(robots.received[0]!.body.markdown.content).toContain('未报企业**：丙公司');
    expect(await statusOf(db, 'kept-robot/recent')).toMatchObject({ status: 'sent' });
    const stale = await statusOf(db, 'kept-robot/stale');
    expect(stale).toMatchObject({ status: 'expired', last_error: 'kept_without_provider_expired' });
    expect(await statusOf(db, 'kept-robot/ding')).toMatchObject({ status: 'outbox' });
    expect(await auditsOf(db)).toEqual([
      {
        action: 'outbox.kept-messages-released',
        target_id: 'wecom-robot',
        summary: { channel: 'wecom-robot', keptQueued: 1, keptExpired: 1, keptSendHours: 24 },
      },
    ]);

    expect(await retryRobotRow(db, stale.id, new Date().toISOString())).toBe(true);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(robots.received).toHaveLength(2);
  });
});

describe('an expired text or robot message on the outbox and system pages', () => {
  const suite = adminAppForSuite({
    SMS_PROVIDER_URL: 'https://sms.example.test/',
    SMS_ACCESS_KEY_ID: 'id',
    SMS_ACCESS_KEY_SECRET: 'secret',
    SMS_SIGN_NAME: '复工',
    SMS_TEMPLATE_CODE: 'SMS_1',
    WECOM_ROBOT_URL: 'https://qyapi.example.test/cgi-bin/webhook/send',
    MAIL_KEPT_SEND_HOURS: '12',
  });
  let id: number;
  let robotMessage: number;
  beforeAll(async () => {
    const { db } = suite.app;
    const kept = (key: string, hoursAgo: number) =>
      enqueueSms(db, {
        key,
        purpose: 'quarantine-cleared',
        locale: 'zh-CN',
        mobile: '13987654321',
        text: '赵六您好：您的隔离观察已解除。',
        deliverable: false,
        at: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
      });
    ({ id } = await kept('kept-sms-page/stale', 20));
    await releaseKeptNow(db, 'sms', new Date(), 12);
    await kept('kept-sms-page/waiting', 1);
    const at = new Date(Date.now() - 30 * HOUR).toISOString();
    const robotId = await insertRobot(
      db,
      box,
      { key: 'page-wecom', name: '综合协调专班群', channel: 'wecom-robot', audience: 'hq', secret: { token: WECOM_KEY } },
      at,
    );
    const robot = await findRobot(db, robotId);
    ({ id: robotMessage } = await enqueueRobotMessage(db, {
      key: 'kept-robot-page/stale',
      purpose: 'collection-bulletin',
      locale: 'zh-CN',
      robotKey: 'page-wecom',
      robot,
      message: { title: '项目动态每日通报', markdown: '## 项目动态每日通报' },
      deliverable: false,
      at,
    }));
    await releaseKeptNow(db, 'wecom-robot', new Date(), 12);
  });

  type Listed = { id: number; status: string; retryable: boolean; lastError: string; unsendableReason: string | null };
  const listed = async (session: HttpSession) => {
    const answer = await session.request('GET', '/api/outbox?channel=sms&status=expired&limit=100');
    expect(answer.status).toBe(200);
    return (answer.body.messages as Listed[]).find((m) => m.id === id);
  };

  it('counts kept texts and expired messages on the system page', async () => {
    const answer = await suite.admin.request('GET', '/api/admin/system');
    expect(answer.status).toBe(200);
    expect(answer.body.system.outbox).toMatchObject({
      keptWithoutSms: 1,
      keptWithoutRobotUrl: 0,
      expired: 2,
      sms: true,
      robots: false,
      keptSendHours: 12,
    });
  });

  it('names each release in the audit log by its channel, in words', async () => {
    const answer = await suite.admin.request('GET', '/api/audit?action=outbox.kept-messages-released&limit=10');
    expect(answer.status).toBe(200);
    const entries = answer.body.entries as { targetName: string; described: string[] }[];
    expect(entries.map(({ targetName, described }) => ({ targetName, described }))).toEqual([
      {
        targetName: '企业微信群机器人消息',
        described: ['渠道：企业微信群机器人', '自动发出的消息（条）：0', '过期未发的消息（条）：1', '自动发出的时限（小时）：12'],
      },
      {
        targetName: '短信',
        described: ['渠道：短信', '自动发出的消息（条）：0', '过期未发的消息（条）：1', '自动发出的时限（小时）：12'],
      },
    ]);
  });

  it('says why a text was not sent, in the admin’s language, and offers to send it anyway', async () => {
    expect(await listed(suite.admin)).toMatchObject({
      status: 'expired',
      retryable: true,
      unsendableReason: null,
      lastError:
        '未配置短信服务（SMS_PROVIDER_URL）期间存入发件箱；配置了短信服务的处理进程接手时已超过 12 小时（MAIL_KEPT_SEND_HOURS），为免过时的提醒误导收件人，没有自动发出。如仍需发出，请点“立即重试”。',
    });
    const english = new HttpSession(suite.app.baseUrl, 'en');
    await english.login('admin', DEMO_PASSWORD);
    expect((await listed(english))?.lastError).toBe(
      'Kept in the outbox while no SMS gateway (SMS_PROVIDER_URL) was configured, and more than 12 hours old (MAIL_KEPT_SEND_HOURS) when a worker with one took it up, so it was not sent by itself: a late reminder could mislead its reader. Use Retry now to send it anyway.',
    );

    const retried = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id, status: 'queued' });
    expect(await listed(suite.admin)).toBeUndefined();
  });

  it('says the same of a robot message, naming its channel’s address, and offers to send it anyway', async () => {
    const answer = await suite.admin.request('GET', '/api/outbox?channel=wecom-robot&status=expired&limit=100');
    expect((answer.body.messages as Listed[]).find((m) => m.id === robotMessage)).toMatchObject({
      status: 'expired',
      retryable: true,
      lastError:
        '未配置企业微信群机器人发送地址（WECOM_ROBOT_URL）期间存入发件箱；配置了企业微信群机器人发送地址的处理进程接手时已超过 12 小时（MAIL_KEPT_SEND_HOURS），为免过时的提醒误导收件人，没有自动发出。如仍需发出，请点“立即重试”。',
    });
    const retried = await suite.admin.request('POST', `/api/outbox/${robotMessage}/retry`, {});
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: robotMessage, status: 'queued' });
  });
});
