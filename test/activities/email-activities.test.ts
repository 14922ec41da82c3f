import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createEmailActivities } from '#activities/email-activities';
import { createNotifyActivities } from '#activities/notify-activities';
import { createSmtpMailer, type Mailer } from '#core/mail/mailer';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { sendHeldMail } from '#core/notify/held-mail';
import { createMarkdownRenderer } from '#core/notify/markdown-renderer';
import { SMTPServer } from 'smtp-server';
import { startLoopbackSmtp as startSmtp } from '#scripts/kit/loopback-smtp';
import { testDatabases } from '../helpers/test-db';

const input = (key: string) => ({
  key,
  template: 'submission-received',
  locale: 'zh-CN' as const,
  to: 'liaison@example.com',
  data: { recipientName: '<b>张三</b>', formTitle: '工作联络员指定', submissionId: 's-1', receivedAt: '2026-02-16T01:30:00Z' },
  submissionId: undefined,
});

describe.each(testDatabases())('email activity on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let mailer: Mailer | undefined;
  const renderer = createTemplateRenderer('Asia/Shanghai');
  beforeEach(async () => {
    ({ db, close } = await database.open());
  });
  afterEach(async () => {
    mailer?.close();
    await close();
  });

  it('keeps the message in the outbox when no SMTP server is configured, once per key', async () => {
    const { sendEmail } = createEmailActivities({ db, renderer, from: 'noreply@fugong.local' });
    const first = await sendEmail(input('wf-1/receipt'));
    const again = await sendEmail(input('wf-1/receipt'));
    expect(first).toEqual({ outboxId: again.outboxId, status: 'outbox' });
    const rows = await db('outbox').select();
    expect(rows).toHaveLength(1);
    expect(rows[0].subject).toBe('【复工】已收到您的《工作联络员指定》');
    expect(rows[0].text_body).toContain('2026年2月16日 09:30');
    expect(rows[0].html_body).toContain('&lt;b&gt;张三&lt;/b&gt;');
  });

  it('links a message about a case to its page, or to the task it is about, when the app’s address is known', async () => {
    const submissionId = '6f1c1b2a-1111-4222-8333-444455556666';
    const about = { ...input('wf-3/receipt'), submissionId };
    const linked = createEmailActivities({ db, renderer, from: 'noreply@fugong.local', publicUrl: 'https://fugong.example.gov.cn/' });
    await linked.sendEmail(about);
    await linked.sendEmail({
      ...about,
      key: 'wf-3/task',
      template: 'task-assigned',
      data: {
        recipientName: '王建国',
        taskTitle: '困难问题反映 · 包挂干部办理',
        dueAt: '2026-02-16T16:00:00Z',
        taskId: 'difficulty/0-cadre',
      },
    });
    const text = async (key: string) => (await db('outbox').where({ idempotency_key: key }).first()).text_body as string;
    expect(await text('wf-3/receipt')).toContain(`在线查看：https://fugong.example.gov.cn/#/submissions/${submissionId}`);
    expect(await text('wf-3/task')).toContain('在线查看：https://fugong.example.gov.cn/#/tasks/difficulty%2F0-cadre');
    // Without the address (a sender not told it) there is no link, and no empty line where it would be.
    await createEmailActivities({ db, renderer, from: 'noreply@fugong.local' }).sendEmail({ ...about, key: 'wf-4/receipt' });
    expect(await text('wf-4/receipt')).not.toContain('在线查看');
  });

  it('sends through a real SMTP server exactly once, however often the activity is retried', async () => {
    const smtp = await startSmtp();
    try {
      mailer = createSmtpMailer(`smtp://127.0.0.1:${smtp.port}`);
      const { sendEmail } = createEmailActivities({ db, renderer, mailer, from: 'noreply@fugong.local' });
      await sendEmail(input('wf-2/receipt'));
      await sendEmail(input('wf-2/receipt'));
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toBe('liaison@example.com');
      expect(await db('outbox').where({ idempotency_key: 'wf-2/receipt' }).first()).toMatchObject({ status: 'sent', attempts: 1 });
    } finally {
      await smtp.close();
    }
  });

  it('answers at once while SMTP is down, keeps the message queued, and the mail pass delivers it once when SMTP is back', async () => {
    const probe = await startSmtp();
    const port = probe.port;
    await probe.close();
    mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`);
    let clock = Date.parse('2026-02-16T02:00:00.000Z');
    const now = () => new Date(clock);
    let woken = 0;
    const { sendEmail } = createEmailActivities({ db, renderer, mailer, from: 'noreply@fugong.local', now, onQueued: () => (woken += 1) });
    // The workflow step is not held by the outage: it succeeds with the message waiting in the outbox.
    expect(await sendEmail(input('wf-3/receipt'))).toMatchObject({ status: 'outbox' });
    expect(woken).toBe(1);
    const waiting = await db('outbox').where({ idempotency_key: 'wf-3/receipt' }).first();
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: '2026-02-16T02:00:05.000Z' });
    expect(waiting.last_error).toContain('ECONNREFUSED');
    // A retried or replayed step leaves the row to the pass rather than sending it beside it.
    expect(await sendEmail(input('wf-3/receipt'))).toMatchObject({ status: 'outbox' });
    const smtp = await startSmtp(port);
    try {
      expect(await sendHeldMail(db, mailer, 'noreply@fugong.local', now())).toBe(0);
      clock += 5_000;
      expect(await sendHeldMail(db, mailer, 'noreply@fugong.local', now())).toBe(1);
      expect(await sendHeldMail(db, mailer, 'noreply@fugong.local', now())).toBe(0);
      expect(await sendEmail(input('wf-3/receipt'))).toMatchObject({ status: 'sent' });
      expect(smtp.received).toHaveLength(1);
      expect(await db('outbox').where({ idempotency_key: 'wf-3/receipt' }).first()).toMatchObject({
        status: 'sent',
        attempts: 2,
        last_error: null,
        next_attempt_at: null,
      });
    } finally {
      await smtp.close();
    }
  });

  it('backs off longer after each failed attempt, and the pass stops at the first failure while the server is down', async () => {
    const probe = await startSmtp();
    await probe.close();
    mailer = createSmtpMailer(`smtp://127.0.0.1:${probe.port}`);
    let clock = Date.parse('2026-02-16T02:00:00.000Z');
    const now = () => new Date(clock);
    const { sendEmail } = createEmailActivities({ db, renderer, mailer, from: 'noreply@fugong.local', now });
    await sendEmail(input('wf-5/a'));
    await sendEmail(input('wf-5/b'));
    clock += 5_000;
    expect(await sendHeldMail(db, mailer, 'noreply@fugong.local', now())).toBe(0);
    const rows = await db('outbox').orderBy('id').select('idempotency_key', 'status', 'attempts', 'next_attempt_at');
    expect(rows).toEqual([
      { idempotency_key: 'wf-5/a', status: 'queued', attempts: 2, next_attempt_at: '2026-02-16T02:00:15.000Z' },
      { idempotency_key: 'wf-5/b', status: 'queued', attempts: 1, next_attempt_at: '2026-02-16T02:00:05.000Z' },
    ]);
  });

  it('marks a message the server refuses for good as failed, and the pass does not try it again', async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 })),
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      mailer = createSmtpMailer(`smtp://127.0.0.1:${(refusing.server.address() as { port: number }).port}`);
      const { sendEmail } = createEmailActivities({ db, renderer, mailer, from: 'noreply@fugong.local' });
      expect(await sendEmail(input('wf-6/receipt'))).toMatchObject({ status: 'failed' });
      const row = await db('outbox').where({ idempotency_key: 'wf-6/receipt' }).first();
      expect(row).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null });
      expect(row.last_error).toContain('No such mailbox');
      expect(await sendHeldMail(db, mailer, 'noreply@fugong.local', new Date(Date.now() + 86_400_000))).toBe(0);
      expect(await sendEmail(input('wf-6/receipt'))).toMatchObject({ status: 'failed' });
      expect(await db('outbox').where({ idempotency_key: 'wf-6/receipt' }).first()).toMatchObject({ status: 'failed', attempts: 1 });
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });

  it('sends a row whose sender died mid-send again once its claim has run out', async () => {
    const smtp = await startSmtp();
    try {
      mailer = createSmtpMailer(`smtp://127.0.0.1:${smtp.port}`);
      const { sendEmail } = createEmailActivities({ db, renderer, from: 'noreply@fugong.local' });
      await sendEmail(input('wf-7/receipt'));
      // As a worker killed between its claim and the server's answer leaves it.
      await db('outbox')
        .where({ idempotency_key: 'wf-7/receipt' })
        .update({ status: 'sending', next_attempt_at: '2026-02-16T02:05:00.000Z' });
      expect(await sendHeldMail(db, mailer, 'noreply@fugong.local', new Date('2026-02-16T02:04:59.000Z'))).toBe(0);
      expect(await sendHeldMail(db, mailer, 'noreply@fugong.local', new Date('2026-02-16T02:05:00.000Z'))).toBe(1);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('records a notice’s robot message beside its email while SMTP is down, instead of failing the whole notice', async () => {
    const probe = await startSmtp();
    await probe.close();
    mailer = createSmtpMailer(`smtp://127.0.0.1:${probe.port}`);
    const email = createEmailActivities({ db, renderer, mailer, from: 'noreply@fugong.local' });
    const { sendNotice } = createNotifyActivities({ db, email, markdown: createMarkdownRenderer('Asia/Shanghai'), endpoints: {} });
    const result = await sendNotice({
      purpose: 'task-assigned',
      key: 'wf-8/assigned',
      recipients: [
        { channel: 'email', to: 'cadre@example.com', locale: 'zh-CN' },
        { channel: 'robot', robotKey: 'materials-group' },
      ],
      data: {
        recipientName: '王建国',
        taskTitle: '困难问题反映 · 包挂干部办理',
        dueAt: '2026-02-16T16:00:00Z',
        taskId: 'difficulty/0-cadre',
      },
      links: { task: 'http://localhost:3000/#/tasks/difficulty%2F0-cadre' },
    });
    expect(result.rows.map((row) => row.key)).toEqual(['wf-8/assigned/email/cadre@example.com', 'wf-8/assigned/robot/materials-group']);
    expect(result.rows[0]).toMatchObject({ status: 'outbox' });
    expect(await db('outbox').orderBy('id').pluck('channel')).toEqual(['email', 'wecom-robot']);
  });

  it('refuses an unknown template without retrying', async () => {
    const { sendEmail } = createEmailActivities({ db, renderer, from: 'noreply@fugong.local' });
    await expect(sendEmail({ ...input('wf-4/x'), template: 'no-such-template' })).rejects.toMatchObject({
      type: 'TemplateMissing',
      nonRetryable: true,
    });
  });
});
