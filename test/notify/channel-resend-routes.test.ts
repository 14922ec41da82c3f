// A group-robot message or a text is resent from the outbox only where its channel can leave: without the robot's
// provider URL (WECOM_ROBOT_URL, DINGTALK_ROBOT_URL) or the SMS gateway (SMS_PROVIDER_URL…), the outbox list says why
// it offers no resend and a resend is refused with what to configure, in the admin's language, the row left as it was;
// with them, the answer says within how long the worker's pass sends it and at what pace, as an email's does. A robot
// message also needs its robot: switched off on the robots page, or no longer registered, it is refused the same way,
// naming the robot and what to do.
import { describe, expect, it } from 'vitest';
import { enqueueRobotMessage } from '#core/notify/robot-outbox';
import { enqueueSms } from '#core/notify/sms-outbox';
import { adminAppForSuite, type AdminApp } from '../helpers/admin-app';

const SMS_ENV = {
  SMS_PROVIDER_URL: 'https://sms.example.test/',
  SMS_ACCESS_KEY_ID: 'id',
  SMS_ACCESS_KEY_SECRET: 'secret',
  SMS_SIGN_NAME: '复工',
  SMS_TEMPLATE_CODE: 'SMS_1',
  SMS_PER_MINUTE: '30',
};

/** A dead robot message to a robot registered on `channel` (paced `perMinute`); answers the outbox row's id. */
async function deadRobotMessage(suite: AdminApp, key: string, channel: 'wecom-robot' | 'dingtalk-robot', perMinute = 20) {
  const { db } = suite.app;
  const at = new Date().toISOString();
  const [robot] = await db('notification_robots')
    .insert({
      key,
      name: `${key} 群`,
      channel,
      audience: 'hq',
      sealed_secret: 'sealed',
      secret_hint: '…abcd',
      per_minute: perMinute,
      active: true,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  const [row] = await db('outbox')
    .insert({
      idempotency_key: `channel-resend/${key}`,
      template: 'task-assigned',
      locale: 'zh-CN',
      channel,
      robot_id: typeof robot === 'object' ? robot.id : robot,
      to_address: `robot:${key}`,
      subject: '新转办案件 · 困难问题反映',
      text_body: '## 新转办案件 · 困难问题反映',
      html_body: '',
      status: 'dead',
      attempts: 8,
      last_error: 'HTTP 500',
      created_at: at,
    })
    .returning('id');
  return Number(typeof row === 'object' ? row.id : row);
}

/** A dead text to a valid mobile; answers its id. */
async function deadText(suite: AdminApp, key: string) {
  const { db } = suite.app;
  const { id } = await enqueueSms(db, {
    key: `channel-resend/${key}`,
    purpose: 'quarantine-cleared',
    locale: 'zh-CN',
    mobile: '13987654321',
    text: '赵六您好：您的隔离观察已解除。',
    deliverable: true,
    at: new Date().toISOString(),
  });
  await db('outbox').where({ id }).update({ status: 'dead', attempts: 8, last_error: 'isp.SYSTEM_ERROR: system error' });
  return id;
}

/** The outbox list's row for message `id`. */
type Listed = { id: number; status: string; retryable: boolean; unsendableReason: string | null };
const listed = async (suite: AdminApp, id: number) =>
  ((await suite.admin.request('GET', '/api/outbox?limit=100')).body.messages as Listed[]).find((m) => m.id === id);

describe('resending a robot message or a text whose channel has no provider configured', () => {
  const suite = adminAppForSuite();

  it.each([
    ['a WeCom group message', 'wecom-robot', 'robot_not_configured', ['企业微信群', 'WECOM_ROBOT_URL'], 'No WeCom group robot address'],
    ['a DingTalk group message', 'dingtalk-robot', 'robot_not_configured', ['钉钉群', 'DINGTALK_ROBOT_URL'], 'No DingTalk group robot'],
    ['a text', 'sms', 'sms_not_configured', ['未配置短信服务', 'SMS_PROVIDER_URL'], 'No SMS gateway is configured'],
  ] as const)('refuses %s with what to configure, and the list offers no resend', async (_name, channel, code, zhWords, enWords) => {
    const key = `unconfigured-${channel}`;
    const id = channel === 'sms' ? await deadText(suite, key) : await deadRobotMessage(suite, key, channel);
    // The list says why there is no resend, in the admin's language.
    const shown = (await listed(suite, id))!;
    expect(shown).toMatchObject({ status: 'dead', retryable: false });
    for (const words of zhWords) expect(shown.unsendableReason).toContain(words);
    expect(shown.unsendableReason).toContain('请系统运维人员配置');

    const refused = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe(code);
    expect(refused.body.error.message).toBe(shown.unsendableReason);
    suite.admin.locale = 'en';
    try {
      const english = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
      expect(english.body.error.message).toContain(enWords);
      expect(english.body.error.message).toContain('Ask IT to');
      expect((await listed(suite, id))!.unsendableReason).toBe(english.body.error.message);
    } finally {
      suite.admin.locale = 'zh-CN';
    }
    expect(await suite.app.db('outbox').where({ id }).first('status', 'attempts')).toEqual({ status: 'dead', attempts: 8 });
    expect(await suite.app.db('audit_log').where({ action: 'outbox.retried', target_id: String(id) })).toEqual([]);
  });

  it('gives no reason for a message that is not one to resend anyway', async () => {
    const id = await deadText(suite, 'unconfigured-sent');
    await suite.app.db('outbox').where({ id }).update({ status: 'sent', last_error: null });
    expect(await listed(suite, id)).toMatchObject({ retryable: false, unsendableReason: null });
  });
});

describe('resending a robot message or a text where its channel is configured', () => {
  const suite = adminAppForSuite({ ...SMS_ENV, WECOM_ROBOT_URL: 'https://robot.example.test/wecom' });

  it('says the robot dispatcher sends it within 2 seconds, at the robot’s pace', async () => {
    const id = await deadRobotMessage(suite, 'configured-wecom', 'wecom-robot', 12);
    expect(await listed(suite, id)).toMatchObject({ retryable: true, unsendableReason: null });
    const retried = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({
      id,
      status: 'queued',
      attempts: 0,
      sendsWithinSeconds: 2,
      message: '已重新排队，发送程序将在 2 秒内发出（该群每分钟最多发送 12 条，本分钟已满时顺延到下一分钟）。结果出来后本页会自动显示。',
    });
    suite.admin.locale = 'en';
    try {
      const english = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
      expect(english.body.message).toBe(
        'Queued again: it is sent within 2 seconds, or in the next minute once 12 messages to this group have been sent this minute. This page shows the result once it is known.',
      );
    } finally {
      suite.admin.locale = 'zh-CN';
    }
  });

  it('says the SMS dispatcher sends a text within 2 seconds, at the account’s pace (SMS_PER_MINUTE)', async () => {
    const id = await deadText(suite, 'configured-sms');
    expect(await listed(suite, id)).toMatchObject({ retryable: true, unsendableReason: null });
    const retried = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(retried.body).toMatchObject({
      id,
      status: 'queued',
      sendsWithinSeconds: 2,
      message: '已重新排队，发送程序将在 2 秒内发出（短信每分钟最多发送 30 条，本分钟已满时顺延到下一分钟）。结果出来后本页会自动显示。',
    });
  });

  it('still refuses a DingTalk message where only WeCom is configured', async () => {
    const id = await deadRobotMessage(suite, 'configured-only-wecom', 'dingtalk-robot');
    const refused = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(refused.body.error).toMatchObject({ code: 'robot_not_configured', message: expect.stringContaining('DINGTALK_ROBOT_URL') });
  });
});

describe('resending a robot message whose robot is switched off or gone', () => {
  const suite = adminAppForSuite({ WECOM_ROBOT_URL: 'https://robot.example.test/wecom' });

  /** Refuses message `id` with `code` in both languages, as the list says, and leaves the row dead and unaudited. */
  async function expectRefused(id: number, code: string, zhWords: string[], enWords: string[]) {
    const shown = (await listed(suite, id))!;
    expect(shown).toMatchObject({ status: 'dead', retryable: false });
    for (const words of zhWords) expect(shown.unsendableReason).toContain(words);
    const refused = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code, message: shown.unsendableReason });
    suite.admin.locale = 'en';
    try {
      const english = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
      for (const words of enWords) expect(english.body.error.message).toContain(words);
      expect((await listed(suite, id))!.unsendableReason).toBe(english.body.error.message);
    } finally {
      suite.admin.locale = 'zh-CN';
    }
    expect(await suite.app.db('outbox').where({ id }).first('status')).toEqual({ status: 'dead' });
    expect(await suite.app.db('audit_log').where({ action: 'outbox.retried', target_id: String(id) })).toEqual([]);
  }

  it('refuses while the robot is switched off, naming it, and resends once it is switched on again', async () => {
    const id = await deadRobotMessage(suite, 'switched-off-wecom', 'wecom-robot');
    const robot = await suite.app.db('notification_robots').where({ key: 'switched-off-wecom' }).first('id');
    const off = await suite.admin.request('PUT', `/api/admin/robots/${robot.id}`, { active: false });
    expect(off.body.robot).toMatchObject({ active: false });

    await expectRefused(
      id,
      'robot_switched_off',
      ['群机器人「switched-off-wecom 群」已停用', '请在“群机器人”页面启用该机器人', '停用期间未能发出、不超过 24 小时'],
      ['The group robot “switched-off-wecom 群” is switched off', 'Switch it on on the Group robots page', 'at most 24 hours old'],
    );

    await suite.admin.request('PUT', `/api/admin/robots/${robot.id}`, { active: true });
    expect(await listed(suite, id)).toMatchObject({ retryable: true, unsendableReason: null });
    const retried = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(retried.body).toMatchObject({ id, status: 'queued', attempts: 0 });
  });

  it('refuses a message recorded for a robot that is no longer registered, naming the robot it was for', async () => {
    const { id } = await enqueueRobotMessage(suite.app.db, {
      key: 'channel-resend/removed-robot',
      purpose: 'task-assigned',
      locale: 'zh-CN',
      robotKey: 'removed-class-wecom',
      robot: undefined,
      message: { title: '新转办案件 · 困难问题反映', markdown: '## 新转办案件 · 困难问题反映' },
      deliverable: true,
      at: new Date().toISOString(),
    });
    await expectRefused(
      id,
      'robot_removed',
      ['没有以「removed-class-wecom」登记的群机器人', '请在“群机器人”页面以标识「removed-class-wecom」登记该机器人'],
      [
        'No group robot is registered as “removed-class-wecom”',
        'register its robot under the key “removed-class-wecom” on the Group robots page',
      ],
    );
  });
});
