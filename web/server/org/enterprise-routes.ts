// Enterprises: everyone sees those in their scope; admins create and edit; an enterprise keeps its contacts current.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { ENTERPRISE_TYPES } from '#core/org/org-types';
import { pageOfQuery, pageQuery } from '../paging';
import { ID_QUERY } from '../query-formats';
import { accepts, bodyOf, invalidBody, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { apiRouter } from '../api-router';
import type { Knex } from 'knex';
import { AppError, notFound } from '#core/errors';
import { requireRole, requireUser, scoped, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { validateFormData } from '#forms/form-validator';
import { ENTERPRISE_COLUMNS, ENTERPRISE_CREATE, ENTERPRISE_PATCH, ENTERPRISE_SELF_PATCH, toColumns } from './org-schemas';
import { enterpriseView } from './org-views';

const ENTERPRISE = { 'zh-CN': '企业', en: 'Enterprise' };
const ENTERPRISES_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 100, title: 'Part of the name' },
    focus: { type: 'boolean', title: 'Focus enterprises (重点企业) only (1), or the others only (0)' },
    type: { type: 'string', enum: [...ENTERPRISE_TYPES] },
    cadreId: { ...ID_QUERY, title: 'Only the enterprises this cadre is assigned to' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};
const duplicateCode = new AppError(
  409,
  'duplicate_credit_code',
  { 'zh-CN': '该统一社会信用代码已登记', en: 'An enterprise with this credit code already exists' },
  [{ path: '/creditCode', message: 'duplicate' }],
);

/** Enterprises with their current cadre. */
export function enterpriseQuery(db: Knex) {
  return db('enterprises as e')
    .leftJoin('cadre_assignments as a', function current() {
      this.on('a.enterprise_id', 'e.id').andOnNull('a.ended_at');
    })
    .leftJoin('users as c', 'c.id', 'a.cadre_id')
    .select('e.*', 'c.id as cadre_id', 'c.display_name as cadre_name');
}

async function codeTaken(db: Knex, code: unknown, exceptId?: number): Promise<boolean> {
  if (typeof code !== 'string') return false;
  const row = await db('enterprises').where({ credit_code: code }).first('id');
  return Boolean(row) && Number(row.id) !== exceptId;
}

/** Routes under /api/enterprises. */
export function enterpriseRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get(
    '/api/enterprises',
    accepts({ summary: "The enterprises in the caller's scope, by name, type, focus and cadre", query: ENTERPRISES_QUERY }),
    async (req, res) => {
      const user = requireUser(req);
      const filter = queryOf<{ q?: string; focus?: boolean; type?: string; cadreId?: number; limit?: number; offset?: number }>(req);
      const query = scoped(enterpriseQuery(db), 'e.id', await visibleEnterprises(db, user)).orderBy('e.id');
      if (filter.q) query.where('e.name', 'like', `%${filter.q.replace(/[%_]/g, '')}%`);
      // The register's "重点企业" filter (000 §II.4).
      if (filter.focus !== undefined) query.where('e.focus', filter.focus);
      if (filter.type) query.where('e.type', filter.type);
      if (filter.cadreId) query.where('a.cadre_id', filter.cadreId);
      const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, pageQuery(filter));
      res.json({ enterprises: rows.map(enterpriseView), page });
    },
  );

  router.get('/api/enterprises/:id', async (req, res) => {
    const user = requireUser(req);
    const id = idParam(req);
    const row = await scoped(enterpriseQuery(db), 'e.id', await visibleEnterprises(db, user))
      .where('e.id', id)
      .first();
    if (!row) throw notFound(ENTERPRISE);
    res.json({ enterprise: enterpriseView(row) });
  });

  router.post('/api/enterprises', accepts({ summary: 'Register an enterprise', body: ENTERPRISE_CREATE }), async (req, res) => {
    requireRole(req, ['admin']);
    const body = bodyOf<Record<string, unknown>>(req);
    if (await codeTaken(db, body.creditCode)) throw duplicateCode;
    const id = await db.transaction(async (trx) => {
      const [row] = await trx('enterprises')
        .insert({ ...toColumns(body, ENTERPRISE_COLUMNS), focus: body.focus ?? false, created_at: new Date().toISOString() })
        .returning('id');
      const newId = Number((row as { id: number }).id);
      await auditRequest(trx, req, 'enterprise.create', { type: 'enterprise', id: newId }, { after: body });
      return newId;
    });
    res.status(201).json({ enterprise: enterpriseView(await enterpriseQuery(db).where('e.id', id).first()) });
  });

  // An enterprise may change only its contact details: the contract is the admin's, narrowed for the enterprise role.
  router.patch(
    '/api/enterprises/:id',
    accepts({ summary: "Change an enterprise's details (an enterprise: its contacts only)", body: ENTERPRISE_PATCH }),
    async (req, res) => {
      const user = requireRole(req, ['admin', 'enterprise']);
      const id = idParam(req);
      if (user.role === 'enterprise' && user.enterpriseId !== id) throw notFound(ENTERPRISE);
      const body = bodyOf<Record<string, unknown>>(req);
      const beyondContacts = user.role === 'admin' ? [] : validateFormData(ENTERPRISE_SELF_PATCH, body, req.locale);
      if (beyondContacts.length) throw invalidBody(beyondContacts);
      const before = await db('enterprises').where({ id }).first();
      if (!before) throw notFound(ENTERPRISE);
      if (await codeTaken(db, body.creditCode, id)) throw duplicateCode;
      const update = toColumns(body, ENTERPRISE_COLUMNS);
      await db.transaction(async (trx) => {
        await trx('enterprises').where({ id }).update(update);
        await auditRequest(trx, req, 'enterprise.update', { type: 'enterprise', id }, changes(before, update));
      });
      res.json({ enterprise: enterpriseView(await enterpriseQuery(db).where('e.id', id).first()) });
    },
  );

  return router;
}
