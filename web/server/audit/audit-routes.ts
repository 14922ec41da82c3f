// Admins browse the audit log, filtered by actor, action, target and time, newest first, a page at a time.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { publicId, storedIdCandidates } from '#core/domain/public-id';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditLogPage } from '#core/stores/audit-store';
import { auditTargetNames } from '#core/stores/audit-target-names';
import { newestFormTitles } from '#core/stores/forms/form-store';
import { pageQuery } from '../paging';
import { INSTANT_QUERY } from '../query-formats';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';

interface AuditQuery {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

const AUDIT_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    actor: { type: 'string', maxLength: 64, title: 'The username of who acted' },
    action: { type: 'string', maxLength: 64, title: 'An action, or the start of one (task. finds every task action)' },
    targetType: { type: 'string', maxLength: 64, title: 'What was acted on (task, enterprise, form, …)' },
    targetId: { type: 'string', maxLength: 200, title: 'Its id, as the API shows it (a task id with or without its escaping)' },
    from: { ...INSTANT_QUERY, title: 'At or after this instant' },
    to: { ...INSTANT_QUERY, title: 'Before this instant' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** Targets whose stored ids may hold `/` (a task's workflow-made id, a collection round's `form/date`): the log shows them
 * as the rest of the API does, escaped, and the filter takes either form. */
const ESCAPED_TARGETS = new Set(['task', 'collection_round']);

/** The form an entry's summary names (a submission's, a round's), if any. */
function summaryFormKey(row: { summary: unknown }): string | undefined {
  const key = (row.summary as { formKey?: unknown } | null)?.formKey;
  return typeof key === 'string' && key ? key : undefined;
}

/** Routes under /api/audit. */
export function auditRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
  router.get(
    '/api/audit',
    accepts({ summary: 'The audit log, newest first, filtered by actor, action, target and period', query: AUDIT_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const q = queryOf<AuditQuery>(req);
      const { rows, page } = await auditLogPage(
        db,
        {
          actorUsername: q.actor,
          actionPrefix: q.action,
          targetType: q.targetType,
          // A task is logged by its workflow's name for it; the API shows that escaped, and either finds it here.
          targetIds: q.targetId ? storedIdCandidates(q.targetId) : undefined,
          from: q.from ? new Date(q.from).toISOString() : undefined,
          to: q.to ? new Date(q.to).toISOString() : undefined,
        },
        pageQuery(q),
      );
      const names = await auditTargetNames(db, rows, req.locale);
      const titles = await newestFormTitles(
        db,
        rows.map(summaryFormKey).filter((key) => key !== undefined),
      );
      res.json({
        entries: rows.map((row) => {
          const formKey = summaryFormKey(row);
          return {
            ...row,
            targetId: ESCAPED_TARGETS.has(row.targetType) ? publicId(row.targetId) : row.targetId,
            // For people: a submission's (or its task's) case number, a user's display name, a form's title; else null.
            targetName: names.get(`${row.targetType}:${row.targetId}`) ?? null,
            // The title of the form the summary's `formKey` names, in the reader's language; null when it names none.
            formTitle: (formKey && titles.get(formKey)?.[req.locale]) ?? null,
          };
        }),
        page,
      });
    },
  );
  return router;
}
