// Admins register group robots, test-send to them and retry dead robot messages from the outbox page. The webhook
// key and DingTalk's signing secret are sealed in the DB row and appear in no answer; only admins may do any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPayloadKeyLine } from '#core/codec/payload-keys';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { startFakeRobotServer, type FakeRobotServer } from '#scripts/kit/fake-robot-server';
import { HttpSession } from '#scripts/kit/http-session';

const WECOM_KEY = 'f3b1c9d2-77aa-4bc4-97a0-0ec2a1b2c3d4';
const DING_TOKEN = 'a1b2c3d4e5f6a7b8c9d0token';
const DING_SECRET = 'SECd3f1a2b3c4d5e6f7a8b9c0signing';

describe('group robot administration', () => {
  let app: BareApp;
  let fake: FakeRobotServer;
  let admin: HttpSession;

  beforeAll(async () => {
    fake = await startFakeRobotServer({ wecomKeys: [WECOM_KEY], dingtalk: { [DING_TOKEN]: DING_SECRET }, now: () => Date.now() });
    app = await startBareApp({
      env: { FUGONG_PAYLOAD_KEYS: newPayloadKeyLine('routes'), WECOM_ROBOT_URL: fake.wecomUrl, DINGTALK_ROBOT_URL: fake.dingtalkUrl },
    });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
    await fake?.stop();
  });

  it('registers a WeCom robot from its webhook URL, seals the key and shows only a hint, then test-sends to it', async () => {
    const answer = await admin.request('POST', '/api/admin/robots', {
      key: 'class-coordination-wecom',
      name: '综合协调专班群',
      channel: 'wecom-robot',
      audience: 'working_group',
      workingGroupKey: 'coordination',
      webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`,
    });
    expect(answer.status).toBe(201);
    expect(answer.body.robot).toMatchObject({
      key: 'class-coordination-wecom',
      channel: 'wecom-robot',
      audience: 'working_group',
      workingGroupKey: 'coordination',
      secretHint: '••••••••c3d4',
      perMinute: 20,
      active: true,
    });
    const list = await admin.request('GET', '/api/admin/robots');
    expect(list.body.robots.map((r: { key: string }) => r.key)).toContain('class-coordination-wecom');
    expect(list.body.configured).toEqual(['wecom-robot', 'dingtalk-robot']);
    const raw = await app.db('notification_robots').where({ key: 'class-coordination-wecom' }).first();
    for (const text of [JSON.stringify(answer.body), JSON.stringify(list.body), JSON.stringify(raw)]) expect(text).not.toContain(WECOM_KEY);
    expect(raw.sealed_secret).toMatch(/^gcm1:routes:/);

    const sent = await admin.request('POST', `/api/admin/robots/${answer.body.robot.id}/test-send`, {});
    expect(sent).toMatchObject({ status: 200, body: { outcome: 'sent' } });
    expect(fake.received.at(-1)).toMatchObject({ channel: 'wecom', token: WECOM_KEY });
    expect(fake.received.at(-1)!.body.markdown.content).toContain('本群机器人（综合协调专班群）已在复工系统登记');
    // Nor in the logs or the audit trail.
    expect(app.logLines.join('\n')).not.toContain(WECOM_KEY);
    const audit = await app.db('audit_log').where({ target_type: 'robot' }).select();
    expect(audit.map((entry) => entry.action)).toEqual(['robot.registered', 'robot.test-sent']);
    expect(JSON.stringify(audit)).not.toContain(WECOM_KEY);
  });

  it('registers a DingTalk robot with its signing secret; the signed test send is accepted, and a wrong secret is reported', async () => {
    const answer = await admin.request('POST', '/api/admin/robots', {
      key: 'hq-dingtalk',
      name: '指挥部群',
      channel: 'dingtalk-robot',
      audience: 'hq',
      webhook: DING_TOKEN,
      signSecret: DING_SECRET,
    });
    expect(answer.status).toBe(201);
    const id = answer.body.robot.id;
    expect(JSON.stringify(answer.body)).not.toContain(DING_SECRET);
    expect(JSON.stringify(await app.db('notification_robots').where({ id }).first())).not.toContain(DING_SECRET);
    expect(await admin.request('POST', `/api/admin/robots/${id}/test-send`, {})).toMatchObject({ status: 200, body: { outcome: 'sent' } });
    expect(fake.received.at(-1)!.body.markdown.title).toBe('复工系统测试消息');

    const changed = await admin.request('PUT', `/api/admin/robots/${id}`, { webhook: DING_TOKEN, signSecret: 'SECwrongwrongwrong' });
    expect(changed.status).toBe(200);
    expect(JSON.stringify(changed.body)).not.toContain('SECwrong');
    const refused = await admin.request('POST', `/api/admin/robots/${id}/test-send`, {});
    expect(refused.status).toBe(502);
    expect(refused.body.error.message).toBe('群机器人未接收测试消息：errcode 310000: sign not match, more: [sign not match]');
  });

  it('refuses a webhook without a key, a taken key and a secret on a WeCom robot, each at its field', async () => {
    const base = { key: 'hq-wecom', name: '指挥部企业微信群', channel: 'wecom-robot', audience: 'hq' };
    const noKey = await admin.request('POST', '/api/admin/robots', {
      ...base,
      webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send',
    });
    expect(noKey.status).toBe(422);
    expect(noKey.body.error.details).toEqual([{ path: '/webhook', message: '请粘贴群机器人的 Webhook 地址（含 key=…）或 key 本身' }]);
    const taken = await admin.request('POST', '/api/admin/robots', { ...base, key: 'hq-dingtalk', webhook: WECOM_KEY });
    expect(taken.body.error.details).toEqual([{ path: '/key', message: '标识「hq-dingtalk」已被使用' }]);
    const signed = await admin.request('POST', '/api/admin/robots', { ...base, webhook: WECOM_KEY, signSecret: 'SECabcdefgh12345' });
    expect(signed.body.error.details).toEqual([{ path: '/signSecret', message: '只有钉钉机器人有加签密钥' }]);
  });

  it('lets only admins near robots', async () => {
    for (const username of ['hq', 'cadre1', 'class-coordination']) {
      const session = new HttpSession(app.baseUrl);
      await session.login(username, DEMO_PASSWORD);
      const list = await session.request('GET', '/api/admin/robots');
      expect(list.status).toBe(403);
      expect(JSON.stringify(list.body)).not.toContain('robot');
      const register = await session.request('POST', '/api/admin/robots', {
        key: 'x-robot',
        name: 'x',
        channel: 'wecom-robot',
        audience: 'hq',
        webhook: WECOM_KEY,
      });
      expect(register.status).toBe(403);
    }
    expect(await app.db('notification_robots').where({ key: 'x-robot' }).first()).toBeUndefined();
  });

  it('shows robot messages in the outbox with channel and state, and "retry now" queues a dead one', async () => {
    const robot = await app.db('notification_robots').where({ key: 'class-coordination-wecom' }).first('id');
    const at = new Date().toISOString();
    const [row] = await app
      .db('outbox')
      .insert({
        idempotency_key: 'routes/dead/robot/class-coordination-wecom',
        template: 'collection-bulletin',
        locale: 'zh-CN',
        channel: 'wecom-robot',
        robot_id: robot.id,
        to_address: 'robot:class-coordination-wecom',
        subject: '项目动态每日通报',
        text_body: '## 项目动态每日通报',
        html_body: '',
        status: 'dead',
        attempts: 8,
        last_error: 'HTTP 500',
        created_at: at,
      })
      .returning('id');
    const id = Number(typeof row === 'object' ? row.id : row);
    const listed = (await admin.request('GET', '/api/outbox')).body.messages.find((m: { id: number }) => m.id === id);
    expect(listed).toMatchObject({
      channel: 'wecom-robot',
      status: 'dead',
      attempts: 8,
      lastError: 'HTTP 500',
      retryable: true,
      to: 'robot:class-coordination-wecom',
      // The page names the robot as registered, not by its key.
      robotName: '综合协调专班群',
    });
    const retried = await admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(retried).toMatchObject({ status: 200, body: { id, status: 'queued', attempts: 0 } });
    const again = await admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(again.status).toBe(200);
    const hq = new HttpSession(app.baseUrl);
    await hq.login('hq', DEMO_PASSWORD);
    expect((await hq.request('POST', `/api/outbox/${id}/retry`, {})).status).toBe(403);
    await app.db('outbox').where({ id }).update({ status: 'sent' });
    const sent = await admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(sent.status).toBe(409);
    expect(sent.body.error.message).toBe(
      '只有发送失败、已过期未发送或重试等待中的邮件，以及未送达、已停止重试或已过期未发送的群机器人消息或短信可以立即重新发送',
    );
  });
});
