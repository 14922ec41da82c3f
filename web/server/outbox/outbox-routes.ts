// Admins browse the outbox: every message the system rendered, sent or kept, on every channel (email, group robots, SMS), a page at
// a time, with its state (queued, sent, failed, dead…); a robot message or a text that is dead or waiting, and an email
// that failed or waits out a backoff after failed attempts, can be retried now (the worker's passes send it, once).
// An email is retried only where mail can leave (SMTP_URL set), and the answer says within how long the mail pass
// sends it (MAIL_PASS_SECONDS).
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { readerOf } from '#core/privacy/reader-of';
import { privacyByIds, readsOthersMail } from '#core/privacy/submission-facts';
import { AppError } from '#core/errors';
import { isRetryableMail, retryMailRow } from '#core/notify/held-mail';
import { retryRobotRow } from '#core/notify/robot-outbox';
import { shownAddress } from '#core/notify/sms-address';
import { retrySmsRow } from '#core/notify/sms-outbox';
import { outboxPage, outboxStateOf, type OutboxFilter } from '#core/stores/outbox/outbox-log-store';
import { auditRequest } from '../audit/audit-request';
import { pageQuery } from '../paging';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { INSTANT_QUERY } from '../query-formats';
import { shownContent } from './shown-content';

/** The outbox's filters, with the page asked for. */
type OutboxQuery = OutboxFilter & { limit?: number; offset?: number };

const OUTBOX_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    status: {
      type: 'string',
      enum: ['outbox', 'queued', 'sending', 'sent', 'failed', 'dead'],
      title:
        'Kept (no SMTP, robot URL or SMS provider), queued, being sent, sent, failed (an email the server refused) or dead (retries stopped)',
    },
    channel: { type: 'string', enum: ['email', 'wecom-robot', 'dingtalk-robot', 'sms'], title: 'The channel it goes through' },
    template: { type: 'string', maxLength: 64, title: 'The template it was rendered from' },
    purpose: {
      type: 'string',
      maxLength: 64,
      title: "The shipped template whose role it plays (a created template's purpose, or the shipped template itself)",
    },
    recipient: { type: 'string', minLength: 1, maxLength: 300, title: 'Part of the address it went to (case-insensitive)' },
    submissionId: { type: 'string', maxLength: 64, title: 'The submission it is about' },
    since: { ...INSTANT_QUERY, title: 'Created at or after this instant (ISO 8601)' },
    until: { ...INSTANT_QUERY, title: 'Created before this instant (ISO 8601)' },
  },
  additionalProperties: false,
};

const notRetryable = new AppError(409, 'not_retryable', {
  'zh-CN': '只有发送失败或重试等待中的邮件、未送达或已停止重试的群机器人消息或短信可以立即重新发送',
  en: 'Only an email that failed or is waiting to be tried again, or a group-robot message or text that is waiting or dead, can be retried now',
});
const beingSent = new AppError(409, 'being_sent', {
  'zh-CN': '这条消息正在发送，请稍后刷新查看结果',
  en: 'This message is being sent right now; refresh in a moment to see how it went',
});

const mailNotConfigured = new AppError(409, 'mail_not_configured', {
  'zh-CN': '本系统未配置发信服务器（SMTP_URL），邮件无法发出，重新发送也只会留在发件箱里。请系统运维人员配置发信服务器后再重新发送。',
  en: 'No mail server is configured (SMTP_URL), so no email can leave; resending would only keep it in the outbox. Ask IT to configure the mail server, then resend.',
});

/** "1 分钟" / "1 minute", "30 秒" / "30 seconds": the longest wait between the mail pass's runs. */
function passWait(seconds: number, locale: Locale): string {
  const minutes = seconds % 60 === 0 ? seconds / 60 : null;
  if (locale === 'en') {
    return minutes === null ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  return minutes === null ? `${seconds} 秒` : `${minutes} 分钟`;
}

/** What an admin reads after resending an email: when the worker's mail pass will send it. */
function mailQueuedWords(seconds: number, locale: Locale): string {
  const wait = passWait(seconds, locale);
  return locale === 'en'
    ? `Queued again: the mail pass sends it within ${wait}. This page shows the result once it is known.`
    : `已重新排队，发信程序将在 ${wait}内发出。结果出来后本页会自动显示。`;
}

/** Routes under /api/outbox. */
export function outboxRoutes({ db, config, now = () => new Date() }: AppDeps): Router {
  const router = apiRouter();
  router.get(
    '/api/outbox',
    accepts({
      summary: 'Messages on every channel, newest first, filtered by status, channel, template or purpose, recipient, submission and time',
      query: OUTBOX_QUERY,
    }),
    async (req, res) => {
      const user = requireRole(req, ['admin']);
      const filter = queryOf<OutboxQuery>(req);
      const { entries, page } = await outboxPage(
        db,
        {
          ...filter,
          since: filter.since && new Date(filter.since).toISOString(),
          until: filter.until && new Date(filter.until).toISOString(),
        },
        pageQuery(filter),
      );
      // A message about a submission was rendered for its recipient: an admin browsing the outbox reads it only as far as
      // the personal-data policy lets an admin read that record's free text (not a worker's health, say); a text to a
      // worker shows its masked copy instead (shown-content.ts).
      const reader = readerOf(user, req.locale);
      const privacy = await privacyByIds(
        db,
        reader,
        entries.flatMap((entry) => (entry.submissionId ? [entry.submissionId] : [])),
      );
      res.json({
        messages: entries.map((entry) => {
          const about = entry.submissionId ? privacy.get(entry.submissionId) : undefined;
          const { content, subject, text, html } = shownContent(entry, !about || readsOthersMail(reader, about), req.locale);
          return {
            id: entry.id,
            idempotencyKey: entry.idempotencyKey,
            template: entry.template,
            locale: entry.locale,
            // A text's mobile is masked for every reader (core/notify/sms-address.ts).
            to: shownAddress(entry.channel, entry.toAddress),
            submissionId: entry.submissionId,
            subject,
            text,
            html,
            content,
            channel: entry.channel,
            status: entry.status,
            nextAttemptAt: entry.nextAttemptAt,
            retryable:
              isRetryableMail(entry) ||
              ((entry.channel === 'sms' || (entry.channel !== 'email' && entry.robotId !== null)) &&
                (entry.status === 'dead' || entry.status === 'queued')),
            attempts: entry.attempts,
            lastError: entry.lastError,
            createdAt: entry.createdAt,
            sentAt: entry.sentAt,
          };
        }),
        page,
      });
    },
  );
  router.post(
    '/api/outbox/:id/retry',
    accepts({
      summary: 'Retry now a robot message or text that is dead or waiting, or an email that failed or waits after failed attempts',
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const id = Number(req.params.id);
      const before = Number.isInteger(id) ? await outboxStateOf(db, id) : undefined;
      if (!before) throw new AppError(404, 'not_found', { 'zh-CN': '发件箱里没有这条消息', en: 'No such message in the outbox' });
      // Without a mail server the pass never runs: an email queued again would wait in the outbox for ever.
      if (before.channel === 'email' && !config.mail.smtpUrl) throw mailNotConfigured;
      const at = now().toISOString();
      if (!(await retryMailRow(db, id, at)) && !(await retryRobotRow(db, id, at)) && !(await retrySmsRow(db, id, at))) {
        throw before.status === 'sending' ? beingSent : notRetryable;
      }
      await auditRequest(db, req, 'outbox.retried', { type: 'outbox', id });
      const state = (await outboxStateOf(db, id))!;
      const mail =
        before.channel === 'email'
          ? { sendsWithinSeconds: config.mail.passSeconds, message: mailQueuedWords(config.mail.passSeconds, req.locale) }
          : {};
      res.json({ id, status: state.status, attempts: state.attempts, nextAttemptAt: state.nextAttemptAt, ...mail });
    },
  );
  return router;
}
