import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createEmailActivities } from '#activities/email-activities';
import { createSmtpMailer, type Mailer } from '#core/mail/mailer';
import { createTemplateRenderer } from '#core/mail/template-renderer';
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

  it('fails while SMTP is down, keeps the message, and delivers it once when SMTP is back', async () => {
    const probe = await startSmtp();
    const port = probe.port;
    await probe.close();
    mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`);
    const { sendEmail } = createEmailActivities({ db, renderer, mailer, from: 'noreply@fugong.local' });
    await expect(sendEmail(input('wf-3/receipt'))).rejects.toThrow();
    expect(await db('outbox').where({ idempotency_key: 'wf-3/receipt' }).first()).toMatchObject({ status: 'queued', attempts: 1 });
    const smtp = await startSmtp(port);
    try {
      await sendEmail(input('wf-3/receipt'));
      await sendEmail(input('wf-3/receipt'));
      expect(smtp.received).toHaveLength(1);
      expect(await db('outbox').where({ idempotency_key: 'wf-3/receipt' }).first()).toMatchObject({
        status: 'sent',
        attempts: 2,
        last_error: null,
      });
    } finally {
      await smtp.close();
    }
  });

  it('refuses an unknown template without retrying', async () => {
    const { sendEmail } = createEmailActivities({ db, renderer, from: 'noreply@fugong.local' });
    await expect(sendEmail({ ...input('wf-4/x'), template: 'no-such-template' })).rejects.toMatchObject({
      type: 'TemplateMissing',
      nonRetryable: true,
    });
  });
});
