// Cadre assignments: admins assign and end them; HQ sees all; a cadre sees its own. Ended rows stay as history.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { pageOfQuery } from '#core/stores/page-of-query';
import { pageQuery } from '../paging';
import { ID_QUERY } from '../query-formats';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { apiRouter } from '../api-router';
import { notFound } from '#core/errors';
import { readSettings } from '#core/org/settings';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { assignCadre, assignmentProblem } from './assign-cadre';

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
export function assignmentRoutes({ db }: AppDeps): Router {
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
      const query = db('cadre_assignments as a')
        .join('users as c', 'c.id', 'a.cadre_id')
        .join('enterprises as e', 'e.id', 'a.enterprise_id')
        .orderBy('a.id', 'desc')
        .select('a.*', 'c.display_name as cadre_name', 'e.name as enterprise_name');
      if (user.role === 'cadre') query.where('a.cadre_id', user.id);
      if (!filter.history) query.whereNull('a.ended_at');
      if (filter.enterpriseId) query.where('a.enterprise_id', filter.enterpriseId);
      if (filter.cadreId) query.where('a.cadre_id', filter.cadreId);
      const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, pageQuery(filter));
      res.json({
        assignments: rows.map((row) => ({
          id: Number(row.id),
          cadreId: Number(row.cadre_id),
          cadreName: row.cadre_name,
          enterpriseId: Number(row.enterprise_id),
          enterpriseName: row.enterprise_name,
          assignedAt: row.assigned_at,
          endedAt: row.ended_at ?? null,
          endReason: row.end_reason ?? null,
        })),
        page,
      });
    },
  );

  router.post(
    '/api/assignments',
    accepts({
      summary: 'Assign a cadre to an enterprise',
      body: {
        type: 'object',
        required: ['cadreId', 'enterpriseId'],
        properties: { cadreId: { type: 'integer', minimum: 1 }, enterpriseId: { type: 'integer', minimum: 1 } },
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
      res.status(201).json({ assignment: { id: result.id, cadreId: body.cadreId, enterpriseId: body.enterpriseId } });
    },
  );

  router.delete(
    '/api/assignments/:id',
    accepts({
      summary: 'End an assignment',
      describedBody: {
        mediaTypes: ['application/json'],
        schema: { type: 'object', properties: { reason: { type: 'string', maxLength: 300 } } },
        description: 'An optional `reason`, kept in the assignment history (cut at 300 characters)',
      },
    }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const id = idParam(req);
      const row = await db('cadre_assignments').where({ id }).whereNull('ended_at').first();
      if (!row) throw notFound(ASSIGNMENT);
      const reason = typeof req.body?.reason === 'string' ? req.body.reason.slice(0, 300) : 'ended';
      await db.transaction(async (trx) => {
        await trx('cadre_assignments').where({ id }).update({ ended_at: new Date().toISOString(), ended_by: admin.id, end_reason: reason });
        await auditRequest(
          trx,
          req,
          'assignment.end',
          { type: 'enterprise', id: row.enterprise_id },
          { before: { cadreId: row.cadre_id }, after: { cadreId: null }, reason },
        );
      });
      res.status(204).end();
    },
  );

  return router;
}
