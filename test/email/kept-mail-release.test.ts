// Mail recorded while SMTP_URL was unset is kept in the outbox (status `outbox`). When the IT team sets SMTP_URL and a
// worker starts, its mail pass sends what is at most MAIL_KEPT_SEND_HOURS old through the real server, once, and marks
// older mail `expired`: not sent by itself, audited, and shown to admins in words with "retry now" to send it anyway.
// Mail another worker without SMTP_URL keeps while this one runs leaves the same way at a later pass (at most one look
// a minute), not at the next start.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { messageIdOf } from '#core/mail/mail-attempt';
import { createSmtpMailer, type Mailer } from '#core/mail/mailer';
import { createEmailSender } from '#core/mail/send-email';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createMailPass, releaseKeptMailNow, retryMailRow, sendHeldMail } from '#core/notify/held-mail';
import { KEPT_RELEASE_EVERY_MS } from '#core/notify/kept-release';
import { eventually } from '#scripts/kit/eventually';
import { startLoopbackSmtp, type LoopbackSmtp } from '#scripts/kit/loopback-smtp';
import { HttpSession } from '#scripts/kit/http-session';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { adminAppForSuite } from '../helpers/admin-app';
import { testDatabases } from '../helpers/test-db';

const FROM = 'noreply@fugong.local';
const HOUR = 3_600_000;
const renderer = createTemplateRenderer('Asia/Shanghai');

/** Records a receipt as the worker does without SMTP_URL (no mailer), as of `hoursAgo` hours before now. */
async function keptReceipt(db: Knex, key: string, to: string, hoursAgo: number): Promise<number> {
  const at = new Date(Date.now() - hoursAgo * HOUR);
  const { sendEmail } = createEmailSender({ db, renderer, from: FROM, now: () => at });
  const result = await sendEmail({
    key,
    template: 'submission-received',
    locale: 'zh-CN',
    to,
    data: { recipientName: '张三', formTitle: '每日复工进度', submissionId: 's-1', receivedAt: at.toISOString() },
    ignorePreferences: true,
  });
  expect(result.status).toBe('outbox');
  return result.outboxId;
}

const statusOf = async (db: Knex, id: number) =>
  (await db('outbox').where({ id }).first('status', 'last_error')) as Record<string, unknown>;
const receivedBy = (smtp: LoopbackSmtp, to: string) => smtp.received.filter((mail) => mail.to === to);

describe.each(testDatabases())('mail kept without SMTP_URL, once a worker starts with it, on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let smtp: LoopbackSmtp;
  let mailer: Mailer;
  beforeEach(async () => {
    ({ db, close } = await database.open());
    smtp = await startLoopbackSmtp();
    mailer = createSmtpMailer(`smtp://127.0.0.1:${smtp.port}`);
  });
  afterEach(async () => {
    mailer.close();
    await smtp.close();
    await close();
  });

  it('sends the mail of the last hours through the real server once, and marks older mail expired, audited', async () => {
    const recent = await keptReceipt(db, 'kept/recent', 'recent@example.test', 2);
    const stale = await keptReceipt(db, 'kept/stale', 'stale@example.test', 30);

    const released: { queued: number; expired: number }[] = [];
    const pass = createMailPass({ db, mailer, from: FROM, keptSendHours: 24, onKeptMail: (r) => released.push(r) });
    pass.start();
    await eventually(
      () => statusOf(db, recent),
      (row) => row.status === 'sent',
    );
    await pass.stop();

    expect(receivedBy(smtp, 'recent@example.test')).toHaveLength(1);
    expect(receivedBy(smtp, 'recent@example.test')[0]!.raw).toContain(`Message-ID: ${messageIdOf('kept/recent')}`);
    expect(receivedBy(smtp, 'stale@example.test')).toHaveLength(0);
    expect(await statusOf(db, stale)).toEqual({ status: 'expired', last_error: 'kept_without_smtp_expired' });
    expect(released).toEqual([{ queued: 1, expired: 1 }]);
    const audit = await db('audit_log').where({ action: 'outbox.kept-mail-released' }).select('actor_id', 'target_type', 'summary');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: null, target_type: 'outbox' });
    const summary: unknown = audit[0].summary;
    expect(typeof summary === 'string' ? JSON.parse(summary) : summary).toEqual({ keptQueued: 1, keptExpired: 1, keptSendHours: 24 });

    // The worker restarts: nothing is released or sent again.
    const again = createMailPass({ db, mailer, from: FROM, onKeptMail: (r) => released.push(r) });
    again.start();
    await again.stop();
    expect(await sendHeldMail(db, mailer, FROM, new Date())).toBe(0);
    expect(released).toHaveLength(1);
    expect(receivedBy(smtp, 'recent@example.test')).toHaveLength(1);

    // An admin who decides the old message still matters sends it anyway: once.
    expect(await retryMailRow(db, stale, new Date().toISOString())).toBe(true);
    expect(await sendHeldMail(db, mailer, FROM, new Date())).toBe(1);
    expect(await sendHeldMail(db, mailer, FROM, new Date())).toBe(0);
    expect(receivedBy(smtp, 'stale@example.test')).toHaveLength(1);
    expect((await statusOf(db, stale)).status).toBe('sent');
  });

  it('sends mail another worker without SMTP_URL keeps while this pass runs, at a later pass, audited once per release', async () => {
    let clock = Date.now();
    const released: { queued: number; expired: number }[] = [];
    const pass = createMailPass({
      db,
      mailer,
      from: FROM,
      keptSendHours: 24,
      now: () => new Date(clock),
      onKeptMail: (r) => released.push(r),
    });
    const first = await keptReceipt(db, 'kept/before-start', 'first@example.test', 1);
    pass.start();
    await eventually(
      () => statusOf(db, first),
      (row) => row.status === 'sent',
    );

    // The other worker records a receipt; a minute on, this worker's next pass releases and sends it.
    const second = await keptReceipt(db, 'kept/while-running', 'second@example.test', 0);
    clock += KEPT_RELEASE_EVERY_MS;
    pass.wake();
    const sent = await eventually(
      () => statusOf(db, second),
      (row) => row.status === 'sent',
    );
    await pass.stop();

    expect(sent.status).toBe('sent');
    expect(receivedBy(smtp, 'first@example.test')).toHaveLength(1);
    expect(receivedBy(smtp, 'second@example.test')).toHaveLength(1);
    expect(released).toEqual([
      { queued: 1, expired: 0 },
      { queued: 1, expired: 0 },
    ]);
    const audit = await db('audit_log').where({ action: 'outbox.kept-mail-released' }).select('summary');
    expect(audit.map((entry) => (typeof entry.summary === 'string' ? JSON.parse(entry.summary) : entry.summary))).toEqual([
      { keptQueued: 1, keptExpired: 0, keptSendHours: 24 },
      { keptQueued: 1, keptExpired: 0, keptSendHours: 24 },
    ]);
  });

  it('keeps a message held for quiet hours until their end, and sends none of it with MAIL_KEPT_SEND_HOURS=0', async () => {
    const held = await keptReceipt(db, 'kept/quiet', 'quiet@example.test', 1);
    const later = new Date(Date.now() + 6 * HOUR).toISOString();
    await db('outbox').where({ id: held }).update({ next_attempt_at: later });
    const fresh = await keptReceipt(db, 'kept/fresh', 'fresh@example.test', 0.1);

    const none = await releaseKeptMailNow(db, new Date(), 0);
    expect(none).toEqual({ queued: 0, expired: 2 });
    expect((await statusOf(db, fresh)).status).toBe('expired');

    await db('outbox').whereIn('id', [held, fresh]).update({ status: 'outbox', last_error: null });
    expect(await releaseKeptMailNow(db, new Date(), 24)).toEqual({ queued: 2, expired: 0 });
    expect(await db('outbox').where({ id: held }).first('status', 'next_attempt_at')).toEqual({ status: 'queued', next_attempt_at: later });
    expect(await sendHeldMail(db, mailer, FROM, new Date())).toBe(1);
    expect(receivedBy(smtp, 'fresh@example.test')).toHaveLength(1);
    expect(receivedBy(smtp, 'quiet@example.test')).toHaveLength(0);
  });
});

describe('an expired email on the outbox page', () => {
  const suite = adminAppForSuite({ SMTP_URL: 'smtp://127.0.0.1:1025', MAIL_KEPT_SEND_HOURS: '12' });
  let id: number;
  beforeAll(async () => {
    id = await keptReceipt(suite.app.db, 'kept-page/stale', 'stale-page@example.test', 20);
    await releaseKeptMailNow(suite.app.db, new Date(), 12);
  });

  const listed = async (session: HttpSession) => {
    const answer = await session.request('GET', '/api/outbox?channel=email&status=expired&limit=100');
    expect(answer.status).toBe(200);
    return (answer.body.messages as { id: number; status: string; retryable: boolean; lastError: string }[]).find((m) => m.id === id);
  };

  it('says why it was not sent, in the admin’s language, and offers to send it anyway', async () => {
    expect(await listed(suite.admin)).toMatchObject({
      status: 'expired',
      retryable: true,
      lastError:
        '未配置发信服务器（SMTP_URL）期间存入发件箱；配置了发信服务器的处理进程接手时已超过 12 小时（MAIL_KEPT_SEND_HOURS），为免过时的提醒误导收件人，没有自动发出。如仍需发出，请点“立即重试”。',
    });
    const english = new HttpSession(suite.app.baseUrl, 'en');
    await english.login('admin', DEMO_PASSWORD);
    expect((await listed(english))?.lastError).toBe(
      'Kept in the outbox while no mail server (SMTP_URL) was configured, and more than 12 hours old (MAIL_KEPT_SEND_HOURS) when a worker with one took it up, so it was not sent by itself: a late reminder could mislead its reader. Use Retry now to send it anyway.',
    );

    const retried = await suite.admin.request('POST', `/api/outbox/${id}/retry`, {});
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id, status: 'queued' });
    expect(await listed(suite.admin)).toBeUndefined();
  });
});
