// Admins browse the email outbox: every message the system rendered, sent or kept.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';

/** Routes under /api/outbox. */
export function outboxRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
  router.get('/api/outbox', async (req, res) => {
    requireRole(req, ['admin']);
    const rows = await db('outbox').orderBy('id', 'desc').limit(500);
    res.json({
      messages: rows.map((row) => ({
        id: Number(row.id),
        idempotencyKey: row.idempotency_key,
        template: row.template,
        locale: row.locale,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        status: row.status,
        attempts: Number(row.attempts),
        lastError: row.last_error ?? null,
        createdAt: row.created_at,
        sentAt: row.sent_at ?? null,
      })),
    });
  });
  return router;
}
