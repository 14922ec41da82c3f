// An admin resends an email the mail server refused for good (`failed`), or one waiting out a backoff after failed
// attempts, from the outbox: the row falls due at once for the worker's mail pass, which claims it like any other, so
// two passes send it once. Audited; only admins may; a row that is not one to retry (held for quiet hours, being sent,
// sent) is refused with a word that says why, in the admin's language. An email is resent only where mail can leave
// (SMTP_URL set; otherwise the admin reads why not), and the answer says within how long the mail pass sends it
// (MAIL_PASS_SECONDS).
import { describe, expect, it } from 'vitest';
import { sendHeldMail } from '#core/notify/held-mail';
import type { Mailer, OutgoingMail } from '#core/mail/mailer';
import { insertOutboxMessage } from '#core/stores/outbox/outbox-store';
import { adminAppForSuite, signedIn, type AdminApp } from '../helpers/admin-app';

const FROM = 'noreply@fugong.local';

/** Records an email as the mail pass left it in `suite`'s database; answers its id. */
async function recordEmail(
  suite: AdminApp,
  key: string,
  state: { status: string; attempts: number; nextAttemptAt?: string | null; lastError?: string },
) {
  const { db } = suite.app;
  await insertOutboxMessage(db, {
    idempotencyKey: `retry-routes/${key}`,
    template: 'submission-received',
    locale: 'zh-CN',
    toAddress: `${key}@example.test`,
    subject: `回执 ${key}`,
    textBody: '您的申报已收到。',
    htmlBody: '<p>您的申报已收到。</p>',
    status: state.status,
    lastError: state.lastError ?? null,
    submissionId: null,
    nextAttemptAt: state.nextAttemptAt ?? null,
    createdAt: new Date().toISOString(),
  });
  const row = await db('outbox')
    .where({ idempotency_key: `retry-routes/${key}` })
    .first('id');
  await db('outbox').where({ id: row.id }).update({ attempts: state.attempts });
  return Number(row.id);
}

describe('resending an email from the outbox', () => {
  const suite = adminAppForSuite({ SMTP_URL: 'smtp://127.0.0.1:1025', MAIL_PASS_SECONDS: '30' });
  const email = (key: string, state: Parameters<typeof recordEmail>[2]) => recordEmail(suite, key, state);

  const listed = async (id: number) =>
    ((await suite.admin.request('GET', `/api/outbox?channel=email&limit=100`)).body.messages as { id: number }[]).find((m) => m.id === id);

  it('queues a failed email again for the mail pass, which sends it once however many passes run', async () => {
    const id = await email('failed', { status: 'failed', attempts: 1, lastError: '550 5.1.1 mailbox unavailable' });
    expect(await listed(id)).toMatchObject({ status: 'failed', retryable: true, attempts: 1, lastError: '550 5.1.1 mailbox unavailable' });
    const failedOnly = await suite.admin.request('GET', '/api/outbox?channel=email&status=failed');
    expect(failedOnly.status).toBe(200);
    expect(failedOnly.body.messages.map((m: { id: number }) => m.id)).toContain(id);

    const hq = await signedIn(suite.app, 'hq');
    const refused = await hq.request('POST', `/api/outbox/${id}/retry`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await suite.app.db('outbox').where({ id }).first('status')).status).toBe('failed');

    const retried = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(retried.status).toBe(200);
    // Within how long it leaves: the worker's mail pass interval, as configured.
    expect(retried.body).toMatchObject({
      id,
      status: 'queued',
      attempts: 1,
      sendsWithinSeconds: 30,
      message: '已重新排队，发信程序将在 30 秒内发出。结果出来后本页会自动显示。',
    });
    expect(Date.parse(retried.body.nextAttemptAt)).toBeLessThanOrEqual(Date.now());
    // The page shows where it stands: queued again, the attempts so far kept.
    expect(await listed(id)).toMatchObject({ status: 'queued', retryable: true, attempts: 1 });
    const audit = await suite.app
      .db('audit_log')
      .where({ action: 'outbox.retried', target_id: String(id) })
      .select('actor_role');
    expect(audit).toEqual([{ actor_role: 'admin' }]);

    // Two workers' passes at once: the claim lets one of them send it.
    const sent: OutgoingMail[] = [];
    const mailer: Mailer = {
      async send(mail) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(mail);
      },
      close: () => undefined,
    };
    const passes = await Promise.all([1, 2].map(() => sendHeldMail(suite.app.db, mailer, FROM, new Date())));
    expect(passes.reduce((a, b) => a + b, 0)).toBe(1);
    expect(sent.filter((mail) => mail.to === 'failed@example.test')).toHaveLength(1);
    expect(await listed(id)).toMatchObject({ status: 'sent', retryable: false, attempts: 2, lastError: null });
    expect((await suite.admin.request('POST', `/api/outbox/${id}/retry`, {})).body.error.code).toBe('not_retryable');
  });

  it('brings forward an email waiting out its backoff, and leaves one held for quiet hours to its time', async () => {
    const later = new Date(Date.now() + 10 * 60_000).toISOString();
    const waiting = await email('waiting', { status: 'queued', attempts: 3, nextAttemptAt: later, lastError: 'connect ECONNREFUSED' });
    const held = await email('held', { status: 'queued', attempts: 0, nextAttemptAt: later });
    expect(await listed(waiting)).toMatchObject({ retryable: true, nextAttemptAt: later });
    expect(await listed(held)).toMatchObject({ retryable: false });

    const retried = await suite.admin.request('POST', `/api/outbox/${waiting}/retry`, {});
    expect(retried.body).toMatchObject({ id: waiting, status: 'queued', attempts: 3 });
    expect(Date.parse(retried.body.nextAttemptAt)).toBeLessThan(Date.parse(later));

    const refused = await suite.admin.request('POST', `/api/outbox/${held}/retry`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'not_retryable',
      message: expect.stringContaining('发送失败、已过期未发送或重试等待中的邮件'),
    });
    suite.admin.locale = 'en';
    try {
      const english = await suite.admin.request('POST', `/api/outbox/${held}/retry`, {});
      expect(english.body.error.message).toContain('Only an email that failed, expired unsent or is waiting to be tried again');
    } finally {
      suite.admin.locale = 'zh-CN';
    }
    expect((await suite.app.db('outbox').where({ id: held }).first('next_attempt_at')).next_attempt_at).toBe(later);
  });

  it('leaves an email being sent to its sender', async () => {
    const lease = new Date(Date.now() + 5 * 60_000).toISOString();
    const sending = await email('sending', { status: 'sending', attempts: 1, nextAttemptAt: lease });
    const refused = await suite.admin.request('POST', `/api/outbox/${sending}/retry`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'being_sent', message: expect.stringContaining('正在发送') });
    expect(await suite.app.db('outbox').where({ id: sending }).first('status', 'next_attempt_at')).toEqual({
      status: 'sending',
      next_attempt_at: lease,
    });
    expect((await suite.admin.request('POST', '/api/outbox/999999/retry', {})).status).toBe(404);
  });

  it('says in English within how long the mail pass sends it', async () => {
    const id = await email('failed-en', { status: 'failed', attempts: 1, lastError: '550 5.1.1 mailbox unavailable' });
    suite.admin.locale = 'en';
    try {
      const retried = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
      expect(retried.body).toMatchObject({
        status: 'queued',
        sendsWithinSeconds: 30,
        message: expect.stringContaining('within 30 seconds'),
      });
    } finally {
      suite.admin.locale = 'zh-CN';
    }
  });
});

describe('resending an email where no mail server is configured', () => {
  const suite = adminAppForSuite();

  it('refuses with the reason and what to do, in the admin’s language, and leaves the email as it was', async () => {
    const id = await recordEmail(suite, 'no-smtp', { status: 'failed', attempts: 1, lastError: '550 5.1.1 mailbox unavailable' });
    // The outbox offers no resend, and says why.
    const listed = (await suite.admin.request('GET', '/api/outbox?channel=email&limit=100')).body.messages.find(
      (m: { id: number }) => m.id === id,
    );
    expect(listed).toMatchObject({ retryable: false, unsendableReason: expect.stringContaining('未配置发信服务器（SMTP_URL）') });
    const refused = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'mail_not_configured', message: expect.stringContaining('未配置发信服务器') });
    expect(refused.body.error.message).toContain('配置发信服务器后再重新发送');
    suite.admin.locale = 'en';
    try {
      const english = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
      expect(english.body.error.message).toContain('No mail server is configured');
    } finally {
      suite.admin.locale = 'zh-CN';
    }
    expect(await suite.app.db('outbox').where({ id }).first('status', 'next_attempt_at')).toEqual({
      status: 'failed',
      next_attempt_at: null,
    });
    expect(await suite.app.db('audit_log').where({ action: 'outbox.retried', target_id: String(id) })).toEqual([]);
  });

  it('reads the mail pass interval as one minute when MAIL_PASS_SECONDS is not set', () => {
    expect(suite.app.config.mail.passSeconds).toBe(60);
  });
});
