// The messages a case sent, as GET /api/submissions/:id answers them: each says what it is (email, text message, group
// post) and to whom without a channel prefix; an enterprise reads what went to its own side, and of what went to the
// cadre, the working group and HQ only that staff were notified — no address, no subject. Staff read everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const CASE = '00000000-0000-4000-8000-0000000005e1';
const MOBILE = '13912341234';
const CADRE_SUBJECT = '【复工】新待办：困难问题反映 · 包挂干部办理';
const RECEIPT_SUBJECT = '【复工】已收到您的《困难问题反映》';

describe('messages a case sent', () => {
  let app: BareApp;
  const sessions: Record<string, HttpSession> = {};
  const as = (username: string) => sessions[username]!;

  beforeAll(async () => {
    app = await startBareApp();
    for (const username of ['ent01', 'cadre1', 'hq']) {
      sessions[username] = await signedIn(app.baseUrl, username);
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
    await app.db('outbox').insert([
      row(1, { to_address: ent01.email, subject: RECEIPT_SUBJECT, template: 'submission-received' }),
      row(2, { to_address: 'cadre1@demo.fugong.local', subject: CADRE_SUBJECT }),
      row(3, { channel: 'sms', to_address: `sms:${MOBILE}`, subject: '【复工】您的问题已受理' }),
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

  const read = async (username: string) => {
    const answer = await as(username).request('GET', `/api/submissions/${CASE}`);
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
});
