// Admins browse the audit log, filtered by actor, action, target and time, newest first, a page at a time.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { publicId, storedIdCandidates } from '#core/domain/public-id';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditLogPage } from '#core/stores/audit-store';
import { emptyAuditRefs, loadAuditNames } from '#core/stores/audit-names';
import { addTargetRefs, targetNameOf } from '#core/stores/audit-target-names';
import { pageQuery } from '../paging';
import { INSTANT_QUERY } from '../query-formats';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { addSummaryRefs, describeAuditEntry, maskedSummary } from './describe-audit-entry';
import { templateTargetName } from './template-target-name';

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
export function auditRoutes({ db, config }: AppDeps): Router {
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
      // Every name the page needs, targets' and summaries' alike, in one query per kind of record.
      const refs = addTargetRefs(emptyAuditRefs(), rows);
      for (const row of rows) addSummaryRefs(refs, row.summary);
      const names = await loadAuditNames(db, refs);
      const context = { names, locale: req.locale, timeZone: config.timeZone };
      res.json({
        entries: rows.map((row) => {
          const formKey = summaryFormKey(row);
          return {
            ...row,
            targetId: ESCAPED_TARGETS.has(row.targetType) ? publicId(row.targetId) : row.targetId,
            // As recorded, for IT, but with mobiles masked as in every list.
            summary: maskedSummary(row.summary),
            // For people: a case number, a user's, enterprise's, project's, group's, robot's or webhook's name, a form's
            // title, a template's purpose and language; else null.
            targetName: targetNameOf(row, names, req.locale) ?? templateTargetName(row, names, req.locale) ?? null,
            // The title of the form the summary's `formKey` names, in the reader's language; null when it names none.
            formTitle: (formKey && names.forms.get(formKey)?.[req.locale]) ?? null,
            // The summary in the reader's words, names for ids, unchanged values left out; `summary` stays as recorded.
            described: describeAuditEntry(row, context),
          };
        }),
        page,
      });
    },
  );
  return router;
}
