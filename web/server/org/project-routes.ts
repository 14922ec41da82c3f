// Projects: visible within the enterprise scope; admins manage all, an enterprise manages its own.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { PROJECT_STATUSES } from '#core/org/org-types';
import { enterpriseExists } from '#core/stores/org/enterprise-store';
import { findProject, insertProject, projectColumns, projectPage, updateProject, type ProjectFields } from '#core/stores/org/project-store';
import { pageQuery } from '../paging';
import { ID_QUERY } from '../query-formats';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { apiRouter } from '../api-router';
import { notFound } from '#core/errors';
import { requireRole, requireUser, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { PROJECT_CREATE, PROJECT_PATCH } from './org-schemas';
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

  router.get(
    '/api/projects',
    accepts({ summary: "The projects of the enterprises in the caller's scope, by enterprise and status", query: PROJECTS_QUERY }),
    async (req, res) => {
      const user = requireUser(req);
      const filter = queryOf<{ enterpriseId?: number; status?: string; limit?: number; offset?: number }>(req);
      const scope = await visibleEnterprises(db, user);
      const { rows, page } = await projectPage(db, scope, { enterpriseId: filter.enterpriseId, status: filter.status }, pageQuery(filter));
      res.json({ projects: rows.map(projectView), page });
    },
  );

  router.get('/api/projects/:id', async (req, res) => {
    const user = requireUser(req);
    const row = await findProject(db, idParam(req), await visibleEnterprises(db, user));
    if (!row) throw notFound(PROJECT);
    res.json({ project: projectView(row) });
  });

  router.post('/api/projects', accepts({ summary: 'Register a project', body: PROJECT_CREATE }), async (req, res) => {
    const user = requireRole(req, ['admin', 'enterprise']);
    const body = bodyOf<Partial<ProjectFields>>(req);
    if (user.role === 'enterprise' && body.enterpriseId !== user.enterpriseId) throw notFound(ENTERPRISE);
    if (!(await enterpriseExists(db, Number(body.enterpriseId)))) throw notFound(ENTERPRISE);
    const id = await db.transaction(async (trx) => {
      const newId = await insertProject(trx, body);
      await auditRequest(trx, req, 'project.create', { type: 'project', id: newId }, { after: body });
      return newId;
    });
    res.status(201).json({ project: projectView((await findProject(db, id))!) });
  });

  router.patch('/api/projects/:id', accepts({ summary: 'Change a project', body: PROJECT_PATCH }), async (req, res) => {
    const user = requireRole(req, ['admin', 'enterprise']);
    const id = idParam(req);
    const before = await findProject(db, id);
    if (!before || (user.role === 'enterprise' && before.enterpriseId !== user.enterpriseId)) throw notFound(PROJECT);
    const update = bodyOf<Partial<ProjectFields>>(req);
    await db.transaction(async (trx) => {
      await updateProject(trx, id, update);
      await auditRequest(trx, req, 'project.update', { type: 'project', id }, changes(projectColumns(before), projectColumns(update)));
    });
    res.json({ project: projectView((await findProject(db, id))!) });
  });

  return router;
}
