// The API of monitoring definitions other than the gate check: the register (definitions, subjects in scope, one
// subject with its check-ins), readings for the open check-in and end-date changes, both sent to the subject's
// workflow as validated Updates. The gate check keeps its own routes (web/server/gate/).
import type { RJSFSchema } from '@rjsf/utils';
import { Router, type Request } from 'express';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { AppError, notFound } from '../../../core/errors';
import { readerOf } from '../../../core/privacy/reader-of';
import { apiRouter } from '../api-router';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import type { SessionUser } from '../request-context';
import { pageQuery } from '../paging';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { changeEndUpdate } from '../../../workflows/end-change';
import { recordReadingsUpdate } from '../../../workflows/subject-monitoring-handlers';
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
  },
  additionalProperties: false,
};
const END_BODY: RJSFSchema = {
  type: 'object',
  required: ['endsAt', 'reason'],
  properties: { endsAt: { type: 'string', format: 'date-time' }, reason: { type: 'string', minLength: 2, maxLength: 500 } },
  additionalProperties: false,
};
const over = new AppError(409, 'monitoring_over', { 'zh-CN': '该对象的观察已结束', en: 'This monitoring has ended' });

/** Maps a refusal by the workflow's Update validator to the API error the caller can act on. */
async function sendUpdate<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw over;
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const cause = error.cause as { type?: string; message?: string } | undefined;
    const detail = [{ path: '', message: String(cause?.message ?? '') }];
    if (cause?.type === 'NoOpenCheckIn')
      throw new AppError(409, 'no_open_check_in', { 'zh-CN': '现在没有待记录的检测时段', en: 'No check-in is open now' }, detail);
    if (cause?.type === 'NotStarted')
      throw new AppError(409, 'not_started', {
        'zh-CN': '观察记录正在建立，请稍后再试',
        en: 'The monitoring is still being set up; try again in a moment',
      });
    if (cause?.type === 'InvalidReading' || cause?.type === 'InvalidChange')
      throw new AppError(422, 'invalid_update', { 'zh-CN': '内容不符合要求', en: 'The request was refused' }, detail);
    throw over;
  }
}

/** Routes under /api/monitoring. */
export function monitoringRoutes(deps: AppDeps): Router {
  const { db, temporal } = deps;
  const router = apiRouter();

  async function scopeOf(user: SessionUser): Promise<RegisterScope> {
    return visibleEnterprises(db, user);
  }

  /** A running subject in the user's scope; readings come from its enterprise and cadre, end changes from cadre up. */
  async function loadActive(req: Request, roles: readonly SessionUser['role'][]) {
    const user = requireRole(req, roles);
    const scope = await scopeOf(user);
    const row = await db('monitoring_subjects')
      .where({ id: String(req.params.id).toLowerCase() })
      .first();
    if (!row || (scope !== 'all' && !scope.includes(Number(row.enterprise_id)))) throw notFound(SUBJECT);
    if (row.status !== 'active') throw over;
    return { user, row };
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
    accepts({ summary: 'Record a health-watch reading', body: READINGS_BODY }),
    async (req, res) => {
      const { user, row } = await loadActive(req, ['enterprise', 'cadre']);
      const body = bodyOf<{ values: Record<string, number>; note?: string }>(req);
      const receipt = await sendUpdate(() =>
        temporal.workflow
          .getHandle(row.workflow_id)
          .executeUpdate(recordReadingsUpdate, { args: [{ values: body.values, note: body.note, by: user.id }] }),
      );
      await auditRequest(
        db,
        req,
        'monitoring.check-in',
        { type: 'monitoring_subject', id: row.id },
        { slotAt: receipt.slotAt, alert: receipt.alert },
      );
      res.json({ checkIn: receipt });
    },
  );

  router.post('/api/monitoring/subjects/:id/end', accepts({ summary: 'End a health watch', body: END_BODY }), async (req, res) => {
    const { user, row } = await loadActive(req, ['cadre', 'hq', 'admin']);
    const body = bodyOf<{ endsAt: string; reason: string }>(req);
    const answer = await sendUpdate(() =>
      temporal.workflow
        .getHandle(row.workflow_id)
        .executeUpdate(changeEndUpdate, { args: [{ endsAt: body.endsAt, reason: body.reason, by: user.id }] }),
    );
    await auditRequest(
      db,
      req,
      'monitoring.change-end',
      { type: 'monitoring_subject', id: row.id },
      { before: row.ends_at, after: body.endsAt, reason: body.reason },
    );
    res.json({ subject: { id: row.id, ...answer, previousEndsAt: row.ends_at } });
  });

  return router;
}
