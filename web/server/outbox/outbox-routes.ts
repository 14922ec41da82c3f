// Admins browse the outbox: every message the system rendered, sent or kept, on every channel (email, group robots, SMS), a page at
// a time, with its state (queued, sent, failed, dead, expired…); a robot message or a text that is dead, waiting or expired,
// and an email that failed, expired or waits out a backoff after failed attempts, can be retried now (the worker's passes send it, once).
// A message is retried only where its channel can leave (SMTP_URL, the robot's provider URL, the SMS gateway set) and a
// robot message's robot is registered and switched on; the list says why not where it cannot, and the answer says within
// how long the worker's pass sends it (resend-readiness.ts).
import type { RJSFSchema } from '@rjsf/utils';
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
import { outboxPage, outboxStateOf, type OutboxEntry, type OutboxFilter } from '#core/stores/outbox/outbox-log-store';
import { auditRequest } from '../audit/audit-request';
import { pageQuery } from '../paging';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { INSTANT_QUERY } from '../query-formats';
import { shownContent } from './shown-content';
import { queuedAnswer, unsendableMessage } from './resend-readiness';
import { shownLastError } from './expired-message-words';
import { findRobot, robotsById } from '#core/stores/notify/robot-store';
import { isRecordId } from '../validate-body';

/** The outbox's filters, with the page asked for. */
type OutboxQuery = OutboxFilter & { limit?: number; offset?: number };

const OUTBOX_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    status: {
      type: 'string',
      enum: ['outbox', 'queued', 'sending', 'sent', 'failed', 'dead', 'expired'],
      title:
        'Kept (no SMTP, robot URL or SMS provider), queued, being sent, sent, failed (an email the server refused), dead (retries stopped) or expired (kept without its provider, too old to send when it was configured)',
    },
    channel: { type: 'string', enum: ['email', 'wecom-robot', 'dingtalk-robot', 'sms'], title: 'The channel it goes through' },
    template: { type: 'string', maxLength: 64, title: 'The template it was rendered from' },
    purpose: {
      type: 'string',
      maxLength: 64,
      title: "The shipped template whose role it plays (a created template's purpose, or the shipped template itself)",
    },
    recipient: {
      type: 'string',
      minLength: 1,
      maxLength: 300,
      title: "Part of the address it went to as the log shows it (case-insensitive; a text's mobile masked, sms:139****5678)",
    },
    submissionId: { type: 'string', maxLength: 64, title: 'The submission it is about' },
    since: { ...INSTANT_QUERY, title: 'Created at or after this instant (ISO 8601)' },
    until: { ...INSTANT_QUERY, title: 'Created before this instant (ISO 8601)' },
  },
  additionalProperties: false,
};

const notRetryable = new AppError(409, 'not_retryable', {
  'zh-CN': '只有发送失败、已过期未发送或重试等待中的邮件，以及未送达、已停止重试或已过期未发送的群机器人消息或短信可以立即重新发送',
  en: 'Only an email that failed, expired unsent or is waiting to be tried again, or a group-robot message or text that is waiting, dead or expired unsent, can be retried now',
});
const beingSent = new AppError(409, 'being_sent', {
  'zh-CN': '这条消息正在发送，请稍后刷新查看结果',
  en: 'This message is being sent right now; refresh in a moment to see how it went',
});

/** True for a message whose state a retry applies to: an email that failed, expired or waits after failed attempts, a
 * robot message or a text that is dead, waiting or expired (whether its robot can take it is resend-readiness.ts's
 * question). */
function dueARetry(entry: OutboxEntry): boolean {
  if (entry.channel === 'email') return isRetryableMail(entry);
  return entry.status === 'dead' || entry.status === 'queued' || entry.status === 'expired';
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
      // The robots the page's robot messages go to, as registered now: switched off or gone, they take no resend.
      const robots = await robotsById(
        db,
        entries.flatMap((entry) => (entry.robotId === null ? [] : [entry.robotId])),
      );
      res.json({
        messages: entries.map((entry) => {
          const about = entry.submissionId ? privacy.get(entry.submissionId) : undefined;
          const { content, subject, text, html } = shownContent(entry, !about || readsOthersMail(reader, about), req.locale);
          const due = dueARetry(entry);
          const robot = entry.robotId === null ? undefined : robots.get(entry.robotId);
          const unsendable = due ? unsendableMessage(entry, robot, config) : undefined;
          return {
            id: entry.id,
            idempotencyKey: entry.idempotencyKey,
            template: entry.template,
            locale: entry.locale,
            // A text's mobile is masked for every reader (core/notify/sms-address.ts).
            to: shownAddress(entry.channel, entry.toAddress),
            // A robot's name as registered now (its key is what was stored, an internal word); null when it is gone.
            robotName: robot?.name ?? null,
            submissionId: entry.submissionId,
            subject,
            text,
            html,
            content,
            channel: entry.channel,
            status: entry.status,
            nextAttemptAt: entry.nextAttemptAt,
            retryable: due && !unsendable,
            // Why a message due a retry is not offered one, in the admin's words: its channel's provider is not configured,
            // or its robot is switched off or gone.
            unsendableReason: unsendable ? unsendable.messageIn(req.locale) : null,
            attempts: entry.attempts,
            lastError: shownLastError(entry.lastError, entry.channel, config.mail.keptSendHours, req.locale),
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
      summary:
        "Retry now a robot message or text that is dead, waiting or expired, or an email that failed or waits after failed attempts, where its channel's provider is configured and a robot message's robot is switched on",
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const id = Number(req.params.id);
      const before = isRecordId(id) ? await outboxStateOf(db, id) : undefined;
      if (!before) throw new AppError(404, 'not_found', { 'zh-CN': '发件箱里没有这条消息', en: 'No such message in the outbox' });
      // Without its channel's provider a message queued again would wait in the outbox for ever (or fail until dead);
      // without its robot switched on, the robot dispatcher would park it as dead again at once.
      const robot = before.robotId === null ? undefined : await findRobot(db, before.robotId);
      const unsendable = unsendableMessage(before, robot, config);
      if (unsendable) throw unsendable;
      const at = now().toISOString();
      if (!(await retryMailRow(db, id, at)) && !(await retryRobotRow(db, id, at)) && !(await retrySmsRow(db, id, at))) {
        throw before.status === 'sending' ? beingSent : notRetryable;
      }
      await auditRequest(db, req, 'outbox.retried', { type: 'outbox', id });
      const state = (await outboxStateOf(db, id))!;
      const when = queuedAnswer(state.channel, config, robot?.perMinute, req.locale);
      res.json({ id, status: state.status, attempts: state.attempts, nextAttemptAt: state.nextAttemptAt, ...when });
    },
  );
  return router;
}
