// Admins browse the email outbox: every message the system rendered, sent or kept.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { FREE_TEXT_MASK } from '../../../core/privacy/mask';
import { readerOf } from '../../../core/privacy/reader-of';
import { privacyByIds, readsOthersMail } from '../../../core/privacy/submission-facts';

/** Routes under /api/outbox. */
export function outboxRoutes({ db }: AppDeps): Router {
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
          status: row.status,
          attempts: Number(row.attempts),
          lastError: row.last_error ?? null,
          createdAt: row.created_at,
          sentAt: row.sent_at ?? null,
        };
      }),
    });
  });
  return router;
}
