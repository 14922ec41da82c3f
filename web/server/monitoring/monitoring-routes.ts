// The API of monitoring definitions other than the gate check: the register (definitions, subjects in scope, one
// subject with its check-ins), readings for the open check-in and end-date changes, both sent to the subject's
// workflow as validated Updates, their audit entries held across a stopped process (audit/audited-update.ts). The gate
// check keeps its own routes (web/server/gate/).
import type { RJSFSchema } from '@rjsf/utils';
import { Router, type Request } from 'express';
import { notFound } from '#core/errors';
import { findSubject } from '#core/stores/monitoring/monitoring-subject-store';
import { readerOf } from '#core/privacy/reader-of';
import { apiRouter } from '../api-router';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { sendAudited } from '../audit/audited-update';
import type { SessionUser } from '../request-context';
import { pageQuery } from '../paging';
import { accepts, bodyOf, invalidBody, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { OFFLINE_PROPERTIES, offlineFieldsOf } from '../offline/offline-item';
import { offlineCheckIn } from './offline-check-in';
import { checkedReadings } from './reading-check';
import { monitoringOver as over, sendUpdate } from './update-refusal';
import { sendEndChange } from './audited-end-change';
import { recordReadingsUpdate } from '#workflows/subject-monitoring-handlers';
import { logCaseOf } from '../log-case';
import { registerOf, subjectDefinitions, subjectOf, type RegisterScope } from './monitoring-register';

const SUBJECT = { 'zh-CN': '观察对象', en: 'Monitored subject' };
const DEFINITION = { 'zh-CN': '观察流程', en: 'Monitoring process' };
const REGISTER_ROLES = ['enterprise', 'cadre', 'hq', 'admin'] as const;

/** The register's process, a filter on the subjects' state, and the page of them. */
const REGISTER_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    formKey: { type: 'string', maxLength: 64, title: 'The health-watch process (the first published one when not given)' },
    status: { type: 'string', enum: ['active', 'ended'], title: 'Subjects being watched, or those whose watch has ended' },
  },
  additionalProperties: false,
};
const READINGS_BODY: RJSFSchema = {
  type: 'object',
  required: ['values'],
  properties: {
    values: { type: 'object', minProperties: 1, maxProperties: 6, additionalProperties: { type: 'number' } },
    note: { type: 'string', maxLength: 500 },
    ...OFFLINE_PROPERTIES,
  },
  additionalProperties: false,
};
const END_BODY: RJSFSchema = {
  type: 'object',
  required: ['endsAt', 'reason'],
  properties: { endsAt: { type: 'string', format: 'date-time' }, reason: { type: 'string', minLength: 2, maxLength: 500 } },
  additionalProperties: false,
};
/** Routes under /api/monitoring. */
export function monitoringRoutes(deps: AppDeps): Router {
  const { db, temporal, config } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();

  async function scopeOf(user: SessionUser): Promise<RegisterScope> {
    return visibleEnterprises(db, user);
  }

  /** Who a workflow's refusal is worded for. */
  const refusalReader = (req: Request) => ({ locale: req.locale, timeZone: config.timeZone });

  /** A subject in the user's scope, running or not. */
  async function loadInScope(req: Request, roles: readonly SessionUser['role'][]) {
    const user = requireRole(req, roles);
    const scope = await scopeOf(user);
    const row = await findSubject(db, String(req.params.id).toLowerCase());
    if (!row || (scope !== 'all' && !scope.includes(Number(row.enterpriseId)))) throw notFound(SUBJECT);
    // A reading or an end-date change acts on the subject's case: its log line names it, refused or not.
    await logCaseOf(db, req, row.workflowId);
    return { user, row };
  }

  /** A running subject in the user's scope; readings come from its enterprise and cadre, end changes from cadre up. */
  async function loadActive(req: Request, roles: readonly SessionUser['role'][]) {
    const found = await loadInScope(req, roles);
    if (found.row.status !== 'active') throw over;
    return found;
  }

  router.get(
    '/api/monitoring/register',
    accepts({ summary: "A page of one health-watch process's subjects in scope, newest first", query: REGISTER_QUERY }),
    async (req, res) => {
      const user = requireRole(req, REGISTER_ROLES);
      const filter = queryOf<{ formKey?: string; status?: 'active' | 'ended'; limit?: number; offset?: number }>(req);
      const definitions = await subjectDefinitions(db);
      const asked = filter.formKey ?? null;
      const definition = asked === null ? definitions[0] : definitions.find((d) => d.key === asked);
      if (asked !== null && !definition) throw notFound(DEFINITION);
      const paging = pageQuery(filter);
      const { subjects, page } = definition
        ? await registerOf(db, readerOf(user, req.locale), definition.key, await scopeOf(user), filter, paging)
        : { subjects: [], page: { ...paging, total: 0 } };
      res.json({ definitions, definition: definition ?? null, subjects, page });
    },
  );

  router.get('/api/monitoring/subjects/:id', async (req, res) => {
    const user = requireRole(req, REGISTER_ROLES);
    const subject = await subjectOf(db, readerOf(user, req.locale), String(req.params.id).toLowerCase(), await scopeOf(user));
    if (!subject) throw notFound(SUBJECT);
    res.json({ subject });
  });

  router.post(
    '/api/monitoring/subjects/:id/check-ins',
    accepts({
      summary:
        'Record a health-watch reading; with clientId (and deviceTime, formVersion) a reading synced from a device queue: recorded once, kept as late after its slot closed, kept after the monitoring ended',
      body: READINGS_BODY,
    }),
    async (req, res) => {
      requireRole(req, ['enterprise', 'cadre']);
      const body = bodyOf<{ values: Record<string, number>; note?: string }>(req);
      const offline = offlineFieldsOf(body, req.locale);
      if (Array.isArray(offline)) throw invalidBody(offline);
      if (offline.clientId !== null) {
        const found = await loadInScope(req, ['enterprise', 'cadre']);
        const item = { ...offline, clientId: offline.clientId };
        const readings = { values: body.values, note: body.note };
        const answer = await offlineCheckIn({ db, temporal, now, timeZone: config.timeZone }, req, found.user, found.row, readings, item);
        res.status(answer.status).json(answer.body);
        return;
      }
      const { user, row } = await loadActive(req, ['enterprise', 'cadre']);
      // Each reading at its field in the caller's language, before the workflow's validator (English, no field) sees it.
      await checkedReadings(db, row, row.formVersion, body.values, req.locale);
      // The slot filled and whether a rule fired are the workflow's to say: an entry settled after a stopped process
      // has them empty.
      const audited = {
        workflowId: row.workflowId,
        action: 'monitoring.check-in',
        target: { type: 'monitoring_subject', id: row.id },
        summary: { slotAt: null, alert: null },
        summaryOf: (receipt: { slotAt: string; alert: boolean }) => ({ slotAt: receipt.slotAt, alert: receipt.alert }),
      };
      const receipt = await sendAudited(deps, req, audited, (updateId) =>
        sendUpdate(
          () =>
            temporal.workflow
              .getHandle(row.workflowId)
              .executeUpdate(recordReadingsUpdate, { args: [{ values: body.values, note: body.note, by: user.id }], updateId }),
          refusalReader(req),
        ),
      );
      res.json({ checkIn: receipt });
    },
  );

  router.post('/api/monitoring/subjects/:id/end', accepts({ summary: 'End a health watch', body: END_BODY }), async (req, res) => {
    const { user, row } = await loadActive(req, ['cadre', 'hq', 'admin']);
    const body = bodyOf<{ endsAt: string; reason: string }>(req);
    const change = { action: 'monitoring.change-end', target: { type: 'monitoring_subject', id: row.id }, workflowId: row.workflowId };
    const send = <T>(update: () => Promise<T>) => sendUpdate(update, refusalReader(req));
    const answer = await sendEndChange(deps, req, { ...change, endsBefore: row.endsAt, ...body, by: user.id }, send);
    res.json({ subject: { id: row.id, ...answer, previousEndsAt: row.endsAt } });
  });

  return router;
}
