// Cadre assignments: admins assign and end them; HQ sees all; a cadre sees its own. Ended rows stay as history.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { assignmentPage, endAssignment, findOpenAssignment } from '#core/stores/org/cadre-assignment-store';
import { pageQuery } from '../paging';
import { ID_QUERY, RECORD_ID } from '../query-formats';
import { accepts, bodyOf, describedBodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { apiRouter } from '../api-router';
import { notFound } from '#core/errors';
import { readSettings } from '#core/org/settings';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { assignCadre, assignmentProblem } from './assign-cadre';
import { handOverCadreTasks } from './hand-over-tasks';

const ASSIGNMENT = { 'zh-CN': '包挂关系', en: 'Assignment' };
const ASSIGNMENTS_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    history: { type: 'boolean', title: 'Ended assignments too (1)' },
    enterpriseId: { ...ID_QUERY, title: 'Only the assignments of this enterprise' },
    cadreId: { ...ID_QUERY, title: 'Only the assignments of this cadre' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** Routes under /api/assignments. */
export function assignmentRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const router = apiRouter();

  router.get(
    '/api/assignments',
    accepts({
      summary: 'Cadre assignments, newest first: current ones, or with history (1) the ended ones too; a cadre sees its own',
      query: ASSIGNMENTS_QUERY,
    }),
    async (req, res) => {
      const user = requireRole(req, ['admin', 'hq', 'cadre']);
      const filter = queryOf<{ history?: boolean; enterpriseId?: number; cadreId?: number; limit?: number; offset?: number }>(req);
      const { rows, page } = await assignmentPage(
        db,
        {
          viewerCadreId: user.role === 'cadre' ? user.id : undefined,
          history: filter.history,
          enterpriseId: filter.enterpriseId,
          cadreId: filter.cadreId,
        },
        pageQuery(filter),
      );
      res.json({ assignments: rows, page });
    },
  );

  router.post(
    '/api/assignments',
    accepts({
      summary: 'Assign a cadre to an enterprise',
      body: {
        type: 'object',
        required: ['cadreId', 'enterpriseId'],
        properties: { cadreId: RECORD_ID, enterpriseId: RECORD_ID },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const body = bodyOf<{ cadreId: number; enterpriseId: number }>(req);
      const { maxEnterprisesPerCadre } = await readSettings(db);
      const problem = await assignmentProblem(db, body.cadreId, body.enterpriseId, maxEnterprisesPerCadre);
      if (problem) throw problem;
      const result = await db.transaction(async (trx) => {
        const made = await assignCadre(trx, body.cadreId, body.enterpriseId, admin.id, new Date().toISOString());
        await auditRequest(
          trx,
          req,
          'assignment.create',
          { type: 'enterprise', id: body.enterpriseId },
          { before: { cadreId: made.previousCadreId }, after: { cadreId: body.cadreId } },
        );
        return made;
      });
      // The open tasks the former cadre held about the enterprise follow it (after the assignment is committed).
      const handedOver = await handOverCadreTasks(deps, req, body.enterpriseId);
      res.status(201).json({ assignment: { id: result.id, cadreId: body.cadreId, enterpriseId: body.enterpriseId }, handedOver });
    },
  );

  router.delete(
    '/api/assignments/:id',
    accepts({
      summary: 'End an assignment',
      describedBody: {
        mediaTypes: ['application/json'],
        schema: { type: 'object', properties: { reason: { type: 'string', maxLength: 300 } }, additionalProperties: false },
        description:
          'An optional `reason`, kept in the assignment history (cut at 300 characters); any other field is answered 422 at its name',
      },
    }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      // A misspelt `reson` was dropped and the history said "ended" instead of the admin's words.
      const body = describedBodyOf<{ reason?: unknown }>(req);
      const id = idParam(req);
      const row = await findOpenAssignment(db, id);
      if (!row) throw notFound(ASSIGNMENT);
      const reason = typeof body.reason === 'string' ? body.reason.slice(0, 300) : 'ended';
      await db.transaction(async (trx) => {
        await endAssignment(trx, id, { at: new Date().toISOString(), by: admin.id, reason });
        await auditRequest(
          trx,
          req,
          'assignment.end',
          { type: 'enterprise', id: row.enterpriseId },
          { before: { cadreId: row.cadreId }, after: { cadreId: null }, reason },
        );
      });
      res.status(204).end();
    },
  );

  return router;
}
