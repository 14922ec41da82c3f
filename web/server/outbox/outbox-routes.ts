// Admins browse the outbox: every message the system rendered, sent or kept, on every channel (email, group robots),
// with its state (queued, sent, dead…); a robot message that is dead or waiting can be retried now.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { FREE_TEXT_MASK } from '../../../core/privacy/mask';
import { readerOf } from '../../../core/privacy/reader-of';
import { privacyByIds, readsOthersMail } from '../../../core/privacy/submission-facts';
import { AppError } from '../../../core/errors';
import { retryRobotRow } from '../../../core/notify/robot-outbox';
import { auditRequest } from '../audit/audit-request';
import { accepts } from '../route-contract';

/** Routes under /api/outbox. */
export function outboxRoutes({ db, now = () => new Date() }: AppDeps): Router {
  const router = apiRouter();
  router.get('/api/outbox', async (req, res) => {
    const user = requireRole(req, ['admin']);
    const rows = await db('outbox').orderBy('id', 'desc').limit(500);
    // A message about a submission was rendered for its recipient: an admin browsing the outbox reads it only as far as
    // the personal-data policy lets an admin read that record's free text (not a worker's health, say).
    const reader = readerOf(user, req.locale);
    const privacy = await privacyByIds(
      db,
      reader,
      rows.filter((row) => row.submission_id).map((row) => String(row.submission_id)),
    );
    const hidden = FREE_TEXT_MASK[req.locale];
    res.json({
      messages: rows.map((row) => {
        const about = row.submission_id ? privacy.get(String(row.submission_id)) : undefined;
        const shown = !about || readsOthersMail(reader, about);
        return {
          id: Number(row.id),
          idempotencyKey: row.idempotency_key,
          template: row.template,
          locale: row.locale,
          to: row.to_address,
          subject: shown ? row.subject : hidden,
          text: shown ? row.text_body : hidden,
          html: shown ? row.html_body : `<p>${hidden}</p>`,
          channel: row.channel ?? 'email',
          status: row.status,
          nextAttemptAt: row.next_attempt_at ?? null,
          retryable: row.channel !== 'email' && row.robot_id !== null && (row.status === 'dead' || row.status === 'queued'),
          attempts: Number(row.attempts),
          lastError: row.last_error ?? null,
          createdAt: row.created_at,
          sentAt: row.sent_at ?? null,
        };
      }),
    });
  });
  router.post('/api/outbox/:id/retry', accepts({ summary: 'Retry a dead or waiting robot message now' }), async (req, res) => {
    requireRole(req, ['admin']);
    const id = Number(req.params.id);
    if (!Number.isInteger(id) || !(await db('outbox').where({ id }).first('id')))
      throw new AppError(404, 'not_found', { 'zh-CN': '发件箱里没有这条消息', en: 'No such message in the outbox' });
    if (!(await retryRobotRow(db, id, now().toISOString()))) {
      throw new AppError(409, 'not_retryable', {
        'zh-CN': '只有未送达或已停止重试的群机器人消息可以立即重试',
        en: 'Only a group-robot message that is waiting or dead can be retried now',
      });
    }
    await auditRequest(db, req, 'outbox.retried', { type: 'outbox', id });
    const row = await db('outbox').where({ id }).first('status', 'attempts', 'next_attempt_at');
    res.json({ id, status: row.status, attempts: Number(row.attempts), nextAttemptAt: row.next_attempt_at });
  });
  return router;
}
