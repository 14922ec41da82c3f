// Projects: visible within the enterprise scope; admins manage all, an enterprise manages its own.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { PROJECT_STATUSES } from '#core/org/org-types';
import { pageOfQuery } from '#core/stores/page-of-query';
import { pageQuery } from '../paging';
import { ID_QUERY } from '../query-formats';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { apiRouter } from '../api-router';
import { notFound } from '#core/errors';
import { requireRole, requireUser, scoped, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { PROJECT_COLUMNS, PROJECT_CREATE, PROJECT_PATCH, toColumns } from './org-schemas';
import { projectView } from './org-views';

const PROJECT = { 'zh-CN': '项目', en: 'Project' };
const ENTERPRISE = { 'zh-CN': '企业', en: 'Enterprise' };
const PROJECTS_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    enterpriseId: { ...ID_QUERY, title: 'Only the projects of this enterprise' },
    status: { type: 'string', enum: [...PROJECT_STATUSES] },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** Routes under /api/projects. */
export function projectRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
  const projects = () =>
    db('projects as p')
      .join('enterprises as e', 'e.id', 'p.enterprise_id')
      .leftJoin('working_groups as g', 'g.id', 'p.cleared_by_group_id')
      .select('p.*', 'e.name as enterprise_name', 'g.name_zh as cleared_body_zh', 'g.name_en as cleared_body_en');

  router.get(
    '/api/projects',
    accepts({ summary: "The projects of the enterprises in the caller's scope, by enterprise and status", query: PROJECTS_QUERY }),
    async (req, res) => {
      const user = requireUser(req);
      const filter = queryOf<{ enterpriseId?: number; status?: string; limit?: number; offset?: number }>(req);
      const query = scoped(projects(), 'p.enterprise_id', await visibleEnterprises(db, user)).orderBy('p.id');
      if (filter.enterpriseId) query.where('p.enterprise_id', filter.enterpriseId);
      if (filter.status) query.where('p.status', filter.status);
      const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, pageQuery(filter));
      res.json({ projects: rows.map(projectView), page });
    },
  );

  router.get('/api/projects/:id', async (req, res) => {
    const user = requireUser(req);
    const row = await scoped(projects(), 'p.enterprise_id', await visibleEnterprises(db, user))
      .where('p.id', idParam(req))
      .first();
    if (!row) throw notFound(PROJECT);
    res.json({ project: projectView(row) });
  });

  router.post('/api/projects', accepts({ summary: 'Register a project', body: PROJECT_CREATE }), async (req, res) => {
    const user = requireRole(req, ['admin', 'enterprise']);
    const body = bodyOf<Record<string, unknown>>(req);
    if (user.role === 'enterprise' && body.enterpriseId !== user.enterpriseId) throw notFound(ENTERPRISE);
    if (!(await db('enterprises').where({ id: body.enterpriseId }).first('id'))) throw notFound(ENTERPRISE);
    const id = await db.transaction(async (trx) => {
      const [row] = await trx('projects')
        .insert({ ...toColumns(body, PROJECT_COLUMNS), major: body.major ?? false })
        .returning('id');
      const newId = Number((row as { id: number }).id);
      await auditRequest(trx, req, 'project.create', { type: 'project', id: newId }, { after: body });
      return newId;
    });
    res.status(201).json({ project: projectView(await projects().where('p.id', id).first()) });
  });

  router.patch('/api/projects/:id', accepts({ summary: 'Change a project', body: PROJECT_PATCH }), async (req, res) => {
    const user = requireRole(req, ['admin', 'enterprise']);
    const id = idParam(req);
    const before = await db('projects').where({ id }).first();
    if (!before || (user.role === 'enterprise' && Number(before.enterprise_id) !== user.enterpriseId)) throw notFound(PROJECT);
    const update = toColumns(bodyOf<Record<string, unknown>>(req), PROJECT_COLUMNS);
    await db.transaction(async (trx) => {
      await trx('projects').where({ id }).update(update);
      await auditRequest(trx, req, 'project.update', { type: 'project', id }, changes(before, update));
    });
    res.json({ project: projectView(await projects().where('p.id', id).first()) });
  });

  return router;
}
