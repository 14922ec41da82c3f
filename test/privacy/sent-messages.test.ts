// The messages a case sent, as GET /api/submissions/:id answers them: each says what it is (email, text message, group
// post), what it was for and to whom without a channel prefix; an enterprise reads what went to its own side, and of
// what went to the cadre, the working group and HQ only that staff were notified — no address, no subject, no purpose.
// Staff read everything. A subject was written in its recipient's language, so the case page tells a reader of another
// language what the message was in theirs (web/app/src/pages/sent-message-text.ts), the subject only on request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { FREE_TEXT_MASK } from '#core/privacy/mask';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
import { sentMessageWords } from '#web/app/src/pages/sent-message-text';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const CASE = '00000000-0000-4000-8000-0000000005e1';
const GATE_CASE = '00000000-0000-4000-8000-0000000005e2';
const OLD_ROBOT_CASE = '00000000-0000-4000-8000-0000000005e3';
// A DingTalk title as rows recorded before titles were stored plain kept it: with the markdown's escapes.
const OLD_DINGTALK_TITLE = '新转办案件 · 泉城大道\\(二期\\) · 联系人 欧\\*\\*\\*';
const HAN = /\p{Script=Han}/u;
const MOBILE = '13912341234';
const CADRE_SUBJECT = '【复工】新待办：困难问题反映 · 包挂干部办理';
const RECEIPT_SUBJECT = '【复工】已收到您的《困难问题反映》';

describe('messages a case sent', () => {
  let app: BareApp;
  const sessions: Record<string, HttpSession> = {};
  const as = (username: string, locale: Locale = 'zh-CN') => sessions[`${username}/${locale}`]!;

  beforeAll(async () => {
    app = await startBareApp();
    await loadDictionary('en');
    for (const username of ['ent01', 'cadre1', 'hq', 'admin']) {
      for (const locale of ['zh-CN', 'en'] as const) {
        sessions[`${username}/${locale}`] = await signedIn(app.baseUrl, username, { locale });
      }
    }
    const ent01 = await app.db('users').where({ username: 'ent01' }).first('id', 'enterprise_id', 'email');
    const form = await app.db('form_definitions').where({ key: 'difficulty-report' }).max({ version: 'version' }).first();
    const at = (minute: number) => `2026-12-04T02:0${minute}:00.000Z`;
    await app.db('submissions').insert({
      id: CASE,
      form_key: 'difficulty-report',
      form_version: form!.version,
      enterprise_id: ent01.enterprise_id,
      user_id: ent01.id,
      data: JSON.stringify({ category: 'materials', summary: '钢材短缺', contactName: '联系人', contactMobile: '13687654321' }),
      status: 'received',
      workflow_id: `sent-messages-${CASE}`,
      created_at: at(0),
      updated_at: at(0),
    });
    const [robot] = await app
      .db('notification_robots')
      .insert({
        key: 'class-materials',
        name: '物资保障专班群',
        channel: 'wecom-robot',
        audience: 'hq',
        sealed_secret: 'sealed',
        secret_hint: '…abcd',
        per_minute: 20,
        active: true,
        created_at: at(0),
        updated_at: at(0),
      })
      .returning('id');
    const row = (n: number, fields: Record<string, unknown>) => ({
      idempotency_key: `sent-messages/${CASE}/${n}`,
      template: 'task-assigned',
      locale: 'zh-CN',
      text_body: 'text',
      html_body: '',
      status: 'outbox',
      submission_id: CASE,
      created_at: at(n),
      channel: 'email',
      robot_id: null,
      ...fields,
    });
    // A worker's gate check: its alert text names the worker, so oversight reads it masked (the policy's free-text rule).
    const gate = await app.db('form_definitions').where({ key: 'gate-check' }).max({ version: 'version' }).first();
    await app.db('submissions').insert({
      id: GATE_CASE,
      form_key: 'gate-check',
      form_version: gate!.version,
      enterprise_id: ent01.enterprise_id,
      user_id: ent01.id,
      data: JSON.stringify({}),
      status: 'received',
      workflow_id: `sent-messages-${GATE_CASE}`,
      created_at: at(0),
      updated_at: at(0),
    });
    await app.db('submissions').insert({
      id: OLD_ROBOT_CASE,
      form_key: 'difficulty-report',
      form_version: form!.version,
      enterprise_id: ent01.enterprise_id,
      user_id: ent01.id,
      data: JSON.stringify({ category: 'materials', summary: '钢材短缺', contactName: '联系人', contactMobile: '13687654321' }),
      status: 'received',
      workflow_id: `sent-messages-${OLD_ROBOT_CASE}`,
      created_at: at(0),
      updated_at: at(0),
    });
    const [dingtalk] = await app
      .db('notification_robots')
      .insert({
        key: 'hq-dingtalk-old',
        name: '指挥部钉钉群',
        channel: 'dingtalk-robot',
        audience: 'hq',
        sealed_secret: 'sealed',
        secret_hint: '…efgh',
        per_minute: 20,
        active: true,
        created_at: at(0),
        updated_at: at(0),
      })
      .returning('id');
    await app.db('outbox').insert([
      row(6, {
        submission_id: OLD_ROBOT_CASE,
        channel: 'dingtalk-robot',
        robot_id: typeof dingtalk === 'object' ? dingtalk.id : dingtalk,
        to_address: 'robot:hq-dingtalk-old',
        subject: OLD_DINGTALK_TITLE,
        status: 'sent',
      }),
      row(5, {
        submission_id: GATE_CASE,
        channel: 'sms',
        template: 'quarantine-alert',
        to_address: `sms:${MOBILE}`,
        subject: '【复工】李四海体温38.5℃',
      }),
      row(1, { to_address: ent01.email, subject: RECEIPT_SUBJECT, template: 'submission-received' }),
      row(2, { to_address: 'cadre1@demo.fugong.local', subject: CADRE_SUBJECT }),
      row(3, { channel: 'sms', to_address: `sms:${MOBILE}`, subject: '【复工】您的问题已受理', template: 'case-update' }),
      row(4, {
        channel: 'wecom-robot',
        robot_id: typeof robot === 'object' ? robot.id : robot,
        to_address: 'robot:class-materials',
        subject: '新的困难问题',
      }),
    ]);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const read = async (username: string, locale: Locale = 'zh-CN', id = CASE) => {
    const answer = await as(username, locale).request('GET', `/api/submissions/${id}`);
    expect(answer.status).toBe(200);
    const submission = answer.body.submission;
    const messages = (submission.timeline as { kind: string; detail: Record<string, unknown> }[]).filter((event) =>
      ['email', 'sms', 'robot'].includes(event.kind),
    );
    return { submission, messages, text: JSON.stringify(answer.body) };
  };

  it('names a text message as one, to the masked number without an `sms:` prefix, and a group by its name', async () => {
    const { submission, messages, text } = await read('cadre1');
    expect(text).not.toContain('sms:');
    expect(text).not.toContain('robot:');
    expect(text).not.toContain(MOBILE);
    expect(submission.emails).toEqual([
      expect.objectContaining({ channel: 'email', to: 'ent01@demo.fugong.local' }),
      expect.objectContaining({ channel: 'email', to: 'cadre1@demo.fugong.local', subject: CADRE_SUBJECT }),
      expect.objectContaining({ channel: 'sms', to: '139****1234' }),
      expect.objectContaining({ channel: 'wecom-robot', to: '物资保障专班群' }),
    ]);
    expect(messages.map((event) => [event.kind, event.detail.channel, event.detail.to])).toEqual([
      ['email', 'email', 'ent01@demo.fugong.local'],
      ['email', 'email', 'cadre1@demo.fugong.local'],
      ['sms', 'sms', '139****1234'],
      ['robot', 'wecom-robot', '物资保障专班群'],
    ]);
  });

  it('shows an enterprise its own messages, and of those to staff only that staff were notified', async () => {
    const { submission, messages, text } = await read('ent01');
    expect(text).not.toContain('cadre1@');
    expect(text).not.toContain(CADRE_SUBJECT);
    expect(text).not.toContain('物资保障专班群');
    expect(text).not.toContain('sms:');
    expect(submission.emails).toEqual([
      expect.objectContaining({ channel: 'email', to: 'ent01@demo.fugong.local', subject: RECEIPT_SUBJECT }),
      expect.objectContaining({ channel: 'email', recipient: 'staff', to: null, subject: null, status: 'outbox' }),
      expect.objectContaining({ channel: 'sms', to: '139****1234' }),
      expect.objectContaining({ channel: 'wecom-robot', recipient: 'staff', to: null, subject: null }),
    ]);
    // The timeline says the same as the table: the page's two views of one case never disagree.
    expect(messages.map((event) => event.detail)).toEqual([
      expect.objectContaining({ to: 'ent01@demo.fugong.local', subject: RECEIPT_SUBJECT }),
      expect.objectContaining({ recipient: 'staff', to: null, subject: null }),
      expect.objectContaining({ channel: 'sms', to: '139****1234' }),
      expect.objectContaining({ recipient: 'staff', to: null, subject: null }),
    ]);
  });

  it('keeps every recipient and subject for HQ, which oversees the case', async () => {
    const { submission } = await read('hq');
    expect(submission.emails.map((email: { to: string }) => email.to)).toEqual([
      'ent01@demo.fugong.local',
      'cadre1@demo.fugong.local',
      '139****1234',
      '物资保障专班群',
    ]);
    expect(submission.emails[1].subject).toBe(CADRE_SUBJECT);
    expect(submission.emails.some((email: { recipient?: string }) => email.recipient)).toBe(false);
  });
  const linesOf = (locale: Locale, messages: { kind: string; detail: Record<string, unknown> }[]) => {
    const t = (key: string, params?: Record<string, string | number>) => translate(locale, key as MessageKey, params);
    return messages.map((event) => sentMessageWords(t, locale, event.detail, event.kind));
  };

  it('says what each message was for, and in which language its subject was written', async () => {
    const { messages } = await read('hq');
    expect(messages.map((event) => [event.detail.purpose, event.detail.subjectLocale])).toEqual([
      ['submission-received', 'zh-CN'],
      ['task-assigned', 'zh-CN'],
      ['case-update', 'zh-CN'],
      ['task-assigned', 'zh-CN'],
    ]);
  });

  it('tells an enterprise reading in English that its receipt was sent, in English, the Chinese subject only on request', async () => {
    const { submission, messages, text } = await read('ent01', 'en');
    const [receipt, ...rest] = linesOf('en', messages);
    expect(receipt!.text).toBe('Receipt email sent to ent01@demo.fugong.local');
    expect(receipt!.text).not.toMatch(HAN);
    expect(receipt!.quote).toBeUndefined();
    expect(receipt!.asSent).toEqual({ label: 'As sent (in Chinese)', text: RECEIPT_SUBJECT, lang: 'zh-CN' });
    expect(rest.map((line) => line.text)).toEqual(['Staff notified', 'Case update text message sent to 139****1234', 'Staff notified']);
    for (const line of rest) expect(line.text).not.toMatch(HAN);
    // What staff were told stays theirs: not its purpose either.
    expect(text).not.toContain('task-assigned');
    expect(submission.emails[0]).toEqual(expect.objectContaining({ purpose: 'submission-received', subjectLocale: 'zh-CN' }));
  });

  it('tells an enterprise reading in Chinese which notice it was, its subject quoted after', async () => {
    const { messages } = await read('ent01');
    expect(linesOf('zh-CN', messages)).toEqual([
      { text: '已发送受理回执邮件至 ent01@demo.fugong.local，主题：', quote: RECEIPT_SUBJECT },
      { text: '已通知办理人员' },
      { text: '已发送事项进展通知短信至 139****1234，内容：', quote: '【复工】您的问题已受理' },
      { text: '已通知办理人员' },
    ]);
  });

  it.each(['cadre1', 'hq'])('names every message by its purpose for %s reading in English, none of its words Chinese', async (username) => {
    const { messages } = await read(username, 'en');
    expect(linesOf('en', messages).map((line) => [line.text, line.asSent?.label])).toEqual([
      ['Receipt email sent to ent01@demo.fugong.local', 'As sent (in Chinese)'],
      ['New task notice email sent to cadre1@demo.fugong.local', 'As sent (in Chinese)'],
      ['Case update text message sent to 139****1234', 'As sent (in Chinese)'],
      ['New task notice posted to the group “物资保障专班群”', 'As sent (in Chinese)'],
    ]);
  });

  it.each(['cadre1', 'hq'])('shows %s an old DingTalk title as the group read it, without the markdown’s escapes', async (username) => {
    const { submission, messages } = await read(username, 'zh-CN', OLD_ROBOT_CASE);
    const clean = '新转办案件 · 泉城大道(二期) · 联系人 欧***';
    expect(submission.emails).toEqual([expect.objectContaining({ channel: 'dingtalk-robot', to: '指挥部钉钉群', subject: clean })]);
    expect(messages.map((event) => event.detail.subject)).toEqual([clean]);
    expect(linesOf('zh-CN', messages)).toEqual([{ text: '已在群聊“指挥部钉钉群”发布新待办通知，标题：', quote: clean }]);
    expect(JSON.stringify([submission.emails, messages])).not.toContain('\\');
  });

  it.each(['zh-CN', 'en'] as const)(
    'keeps a worker alert’s text from an admin (%s), the mask said in the admin’s words',
    async (locale) => {
      const { messages, text } = await read('admin', locale, GATE_CASE);
      expect(text).not.toContain('李四海');
      expect(messages.map((event) => event.detail)).toEqual([
        expect.objectContaining({ purpose: 'quarantine-alert', subject: FREE_TEXT_MASK[locale], subjectLocale: locale }),
      ]);
      const [line] = linesOf(locale, messages);
      expect(line).toEqual({
        text: locale === 'en' ? 'Quarantine alert text message sent to 139****1234: ' : '已发送隔离预警短信至 139****1234，内容：',
        quote: FREE_TEXT_MASK[locale],
      });
    },
  );
});
