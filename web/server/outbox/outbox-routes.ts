// Admins browse the email outbox: every message the system rendered, sent or kept, newest first, a page at a time.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { FREE_TEXT_MASK } from '../../../core/privacy/mask';
import { readerOf } from '../../../core/privacy/reader-of';
import { privacyByIds, readsOthersMail } from '../../../core/privacy/submission-facts';
import { pageOfQuery, pageQuery } from '../paging';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { INSTANT_QUERY } from '../query-formats';

/** The outbox's filters. */
interface OutboxQuery {
  limit?: number;
  offset?: number;
  status?: string;
  template?: string;
  purpose?: string;
  recipient?: string;
  submissionId?: string;
  since?: string;
  until?: string;
}

const OUTBOX_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    status: { type: 'string', enum: ['outbox', 'queued', 'sent'], title: 'Kept (no SMTP), queued for SMTP, or sent' },
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

/** Routes under /api/outbox. */
export function outboxRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
  router.get(
    '/api/outbox',
    accepts({
      summary: 'Email messages, newest first, filtered by status, template or purpose, recipient, submission and time',
      query: OUTBOX_QUERY,
    }),
    async (req, res) => {
      const user = requireRole(req, ['admin']);
      const filter = queryOf<OutboxQuery>(req);
      const query = db('outbox').orderBy('id', 'desc');
      if (filter.status) query.where('status', filter.status);
      if (filter.template) query.where('template', filter.template);
      if (filter.purpose)
        query.where((w) =>
          w
            .where('template', filter.purpose!)
            .orWhereIn('template', db('email_template_purposes').where('purpose', filter.purpose!).select('name')),
        );
      if (filter.recipient) query.whereRaw('lower(to_address) like ?', [`%${filter.recipient.toLowerCase().replace(/[%_]/g, '')}%`]);
      if (filter.submissionId) query.where('submission_id', filter.submissionId);
      if (filter.since) query.where('created_at', '>=', new Date(filter.since).toISOString());
      if (filter.until) query.where('created_at', '<', new Date(filter.until).toISOString());
      const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, pageQuery(filter));
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
            submissionId: row.submission_id ?? null,
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
        page,
      });
    },
  );
  return router;
}
