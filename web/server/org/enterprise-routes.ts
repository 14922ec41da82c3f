// Enterprises: everyone sees those in their scope; admins create and edit; an enterprise keeps its contacts current.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { ENTERPRISE_TYPES, type Role } from '#core/org/org-types';
import { pageQuery } from '../paging';
import { ID_QUERY } from '../query-formats';
import { accepts, bodyOf, invalidBody, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { requireRole, requireUser, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { validateFormData } from '#forms/form-validator';
import {
  enterpriseColumns,
  enterpriseIdByCreditCode,
  enterprisePage,
  findEnterprise,
  insertEnterprise,
  updateEnterprise,
  type EnterpriseFields,
} from '#core/stores/org/enterprise-store';
import type { Db } from '#core/stores/db-types';
import { ENTERPRISE_CREATE, ENTERPRISE_PATCH, ENTERPRISE_SELF_PATCH } from './org-schemas';
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

async function codeTaken(db: Db, code: unknown, exceptId?: number): Promise<boolean> {
  if (typeof code !== 'string') return false;
  const holder = await enterpriseIdByCreditCode(db, code);
  return holder !== undefined && holder !== exceptId;
}

/** The enterprise as the API shows it, read again after a write. */
async function shown(db: Db, id: number, reader: Role) {
  const row = await findEnterprise(db, id);
  if (!row) throw notFound(ENTERPRISE);
  return enterpriseView(row, reader);
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
      // `focus` is the register's "重点企业" filter (000 §II.4).
      const { q, focus, type, cadreId } = filter;
      const { rows, page } = await enterprisePage(db, await visibleEnterprises(db, user), { q, focus, type, cadreId }, pageQuery(filter));
      res.json({ enterprises: rows.map((row) => enterpriseView(row, user.role)), page });
    },
  );

  router.get('/api/enterprises/:id', async (req, res) => {
    const user = requireUser(req);
    const id = idParam(req);
    const row = await findEnterprise(db, id, await visibleEnterprises(db, user));
    if (!row) throw notFound(ENTERPRISE);
    res.json({ enterprise: enterpriseView(row, user.role) });
  });

  router.post('/api/enterprises', accepts({ summary: 'Register an enterprise', body: ENTERPRISE_CREATE }), async (req, res) => {
    const user = requireRole(req, ['admin']);
    const body = bodyOf<Partial<EnterpriseFields>>(req);
    if (await codeTaken(db, body.creditCode)) throw duplicateCode;
    const id = await db.transaction(async (trx) => {
      const newId = await insertEnterprise(trx, body, new Date().toISOString());
      await auditRequest(trx, req, 'enterprise.create', { type: 'enterprise', id: newId }, { after: body });
      return newId;
    });
    res.status(201).json({ enterprise: await shown(db, id, user.role) });
  });

  // An enterprise may change only its contact details: the contract is the admin's, narrowed for the enterprise role.
  router.patch(
    '/api/enterprises/:id',
    accepts({ summary: "Change an enterprise's details (an enterprise: its contacts only)", body: ENTERPRISE_PATCH }),
    async (req, res) => {
      const user = requireRole(req, ['admin', 'enterprise']);
      const id = idParam(req);
      if (user.role === 'enterprise' && user.enterpriseId !== id) throw notFound(ENTERPRISE);
      const body = bodyOf<Partial<EnterpriseFields>>(req);
      const beyondContacts = user.role === 'admin' ? [] : validateFormData(ENTERPRISE_SELF_PATCH, body, req.locale);
      if (beyondContacts.length) throw invalidBody(beyondContacts);
      const before = await findEnterprise(db, id);
      if (!before) throw notFound(ENTERPRISE);
      if (await codeTaken(db, body.creditCode, id)) throw duplicateCode;
      await db.transaction(async (trx) => {
        await updateEnterprise(trx, id, body);
        // Audited under the columns' names, as every record's changes are.
        await auditRequest(
          trx,
          req,
          'enterprise.update',
          { type: 'enterprise', id },
          changes(enterpriseColumns(before), enterpriseColumns(body)),
        );
      });
      res.json({ enterprise: await shown(db, id, user.role) });
    },
  );

  return router;
}
