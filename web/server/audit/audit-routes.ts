// Admins browse the audit log, filtered by actor, action, target and time, newest first, a page at a time, or export
// what the filters find as CSV (itself audited).
import type { RJSFSchema } from '@rjsf/utils';
import type { Request, Router } from 'express';
import { AppError } from '#core/errors';
import { apiRouter } from '../api-router';
import { publicId, storedIdCandidates } from '#core/domain/public-id';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditLogPage, type AuditFilter, type AuditLogRow } from '#core/stores/audit-store';
import { emptyAuditRefs, loadAuditNames, type AuditNames } from '#core/stores/audit-names';
import { addTargetRefs, targetNameOf } from '#core/stores/audit-target-names';
import { pageQuery } from '../paging';
import { INSTANT_QUERY } from '../query-formats';
import { spreadsheetTime } from '#core/domain/spreadsheet-time';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { addSummaryRefs, describeAuditEntry, maskedSummary } from './describe-audit-entry';
import { templateTargetName } from './template-target-name';
import { auditRequest } from './audit-request';
import { refuseForeignAuditedRead } from '../session/request-origin';
import { auditCsv, type WordedAuditRow } from './audit-csv';

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

const FILTER_PROPERTIES = {
  actor: { type: 'string', maxLength: 64, title: 'The username of who acted' },
  action: { type: 'string', maxLength: 64, title: 'An action, or the start of one (task. finds every task action)' },
  targetType: { type: 'string', maxLength: 64, title: 'What was acted on (task, enterprise, form, …)' },
  targetId: { type: 'string', maxLength: 200, title: 'Its id, as the API shows it (a task id with or without its escaping)' },
  from: { ...INSTANT_QUERY, title: 'At or after this instant' },
  to: { ...INSTANT_QUERY, title: 'Before this instant' },
} satisfies RJSFSchema['properties'];

const AUDIT_QUERY: RJSFSchema = {
  type: 'object',
  properties: { ...FILTER_PROPERTIES, ...PAGE_QUERY_PROPERTIES },
  additionalProperties: false,
};

// `lang`: a download link cannot set Accept-Language, so the page names its language (the app picks it up: create-app.ts).
const EXPORT_QUERY: RJSFSchema = {
  type: 'object',
  properties: { ...FILTER_PROPERTIES, lang: { type: 'string', maxLength: 16, title: 'The language of the words (zh-CN, en)' } },
  additionalProperties: false,
};

/** The most entries one export holds; more is a sign the period is too wide for a spreadsheet. */
export const EXPORT_LIMIT = 50_000;
const EXPORT_PAGE = 500;

const tooMany = (total: number) =>
  new AppError(422, 'too_many_entries', {
    'zh-CN': `符合条件的记录有 ${total} 条，一次最多导出 ${EXPORT_LIMIT} 条；请缩小时间范围或增加筛选条件`,
    en: `${total} entries match; an export holds at most ${EXPORT_LIMIT}. Narrow the period or add a filter`,
  });

/** The store's filter for the page's query. */
function filterOf(q: AuditQuery): AuditFilter {
  return {
    actorUsername: q.actor,
    actionPrefix: q.action,
    targetType: q.targetType,
    // A task is logged by its workflow's name for it; the API shows that escaped, and either finds it here.
    targetIds: q.targetId ? storedIdCandidates(q.targetId) : undefined,
    from: q.from ? new Date(q.from).toISOString() : undefined,
    to: q.to ? new Date(q.to).toISOString() : undefined,
  };
}

/** Every name a set of rows needs, targets' and summaries' alike, in one query per kind of record. */
async function namesFor(db: AppDeps['db'], rows: AuditLogRow[]): Promise<AuditNames> {
  const refs = addTargetRefs(emptyAuditRefs(), rows);
  for (const row of rows) addSummaryRefs(refs, row.summary);
  return loadAuditNames(db, refs);
}

/** A target's name for people (instants in `timeZone`), else null. */
function targetName(row: AuditLogRow, names: AuditNames, req: Request, timeZone: string): string | null {
  return targetNameOf(row, names, req.locale, timeZone) ?? templateTargetName(row, names, req.locale) ?? null;
}

/** A target id as the API shows it. */
const shownTargetId = (row: AuditLogRow) => (ESCAPED_TARGETS.has(row.targetType) ? publicId(row.targetId) : row.targetId);

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
      const { rows, page } = await auditLogPage(db, filterOf(q), pageQuery(q));
      const names = await namesFor(db, rows);
      const context = { names, locale: req.locale, timeZone: config.timeZone };
      res.json({
        entries: rows.map((row) => {
          const formKey = summaryFormKey(row);
          return {
            ...row,
            targetId: shownTargetId(row),
            // As recorded, for IT, but with mobiles masked as in every list.
            summary: maskedSummary(row.summary),
            // For people: a case number, a user's, enterprise's, project's, group's, robot's or webhook's name, a form's
            // title, a template's purpose and language; else null.
            targetName: targetName(row, names, req, config.timeZone),
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

  router.get(
    '/api/audit/export.csv',
    accepts({ summary: 'The audit log as CSV (UTF-8 with a BOM), newest first, with the page’s filters', query: EXPORT_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin']);
      refuseForeignAuditedRead(req, config.publicUrl);
      const q = queryOf<AuditQuery>(req);
      const filter = filterOf(q);
      const entries: WordedAuditRow[] = [];
      // Page after page below the last id read: entries written meanwhile neither shift nor repeat a page.
      for (let beforeId: number | undefined; ;) {
        const { rows, page } = await auditLogPage(db, { ...filter, beforeId }, { limit: EXPORT_PAGE, offset: 0 });
        if (beforeId === undefined && page.total > EXPORT_LIMIT) throw tooMany(page.total);
        const names = await namesFor(db, rows);
        const context = { names, locale: req.locale, timeZone: config.timeZone };
        for (const row of rows)
          entries.push({
            row,
            target: targetName(row, names, req, config.timeZone) ?? shownTargetId(row),
            described: describeAuditEntry(row, context),
          });
        if (rows.length < EXPORT_PAGE) break;
        beforeId = rows[rows.length - 1]!.id;
      }
      // Who took the log out, with which filters and how many entries: an export is itself a read worth recording.
      const filters = Object.fromEntries(
        Object.entries(q).filter(([key, value]) => key in FILTER_PROPERTIES && value !== undefined && value !== ''),
      );
      await auditRequest(db, req, 'audit.export', { type: 'audit', id: 'log' }, { ...filters, rows: entries.length });
      const stamp = spreadsheetTime(new Date(), config.timeZone).slice(0, 10);
      res
        .attachment(`audit-${stamp}.csv`)
        .type('text/csv; charset=utf-8')
        .send(auditCsv(entries, req.locale, config.timeZone));
    },
  );
  return router;
}
