// Admins create, edit, deactivate and reset users. Hashes never leave the server.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { hashPassword } from '#core/auth/passwords';
import { AppError, notFound } from '#core/errors';
import { ROLES } from '#core/org/org-types';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { deleteUserSessions } from '#core/stores/session-store';
import { accountColumns, accountPage, findAccount, insertAccount, updateAccount, type AccountFields } from '#core/stores/account-store';
import { setPassword } from '#core/stores/password-store';
import { findUser, usernameTaken } from '#core/stores/user-store';
import { idParam, MAX_RECORD_ID } from '../validate-body';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { pageQuery } from '../paging';
import { PASSWORD, refuseWeakPassword } from './password-policy';

const USER = { 'zh-CN': '用户', en: 'User' };

const SCOPE_PROPERTIES = {
  displayName: { type: 'string', minLength: 1, maxLength: 100 },
  email: { anyOf: [{ type: 'string', format: 'email', maxLength: 200 }, { type: 'null' }] },
  enterpriseId: { type: ['integer', 'null'], minimum: 1, maximum: MAX_RECORD_ID },
  workingGroupId: { type: ['integer', 'null'], minimum: 1, maximum: MAX_RECORD_ID },
  projectId: { type: ['integer', 'null'], minimum: 1, maximum: MAX_RECORD_ID },
  active: { type: 'boolean' },
} satisfies Record<string, RJSFSchema>;

/** Which scope field each role needs (DESIGN §1): one enterprise, one working group, one project site. */
const SCOPE_OF_ROLE: Partial<Record<string, 'enterpriseId' | 'workingGroupId' | 'projectId'>> = {
  enterprise: 'enterpriseId',
  special_class: 'workingGroupId',
  gate: 'projectId',
};

/** The admin-set fields of a body (the schemas allow no others). */
function accountFields(body: Record<string, unknown>): Partial<AccountFields> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key in SCOPE_PROPERTIES || key === 'role')) as Partial<AccountFields>;
}

function scopeProblem(account: Partial<AccountFields>): AppError | undefined {
  const needed = SCOPE_OF_ROLE[account.role as string];
  if (!needed || account[needed]) return undefined;
  const path = `/${needed}`;
  return new AppError(
    422,
    'scope_required',
    { 'zh-CN': '该角色需要指定所属企业、工作组或项目', en: 'This role needs its enterprise, working group or project' },
    [{ path, message: 'required for this role' }],
  );
}

const USERS_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    role: { type: 'string', enum: [...ROLES] },
    active: { type: 'boolean', title: 'Active accounts only (1), or disabled ones only (0)' },
    q: { type: 'string', maxLength: 64, title: 'Part of the username or display name' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** Routes under /api/users. */
export function userRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get(
    '/api/users',
    accepts({ summary: 'User accounts, by role, active or not, and part of the username or name', query: USERS_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const filter = queryOf<{ role?: string; active?: boolean; q?: string; limit?: number; offset?: number }>(req);
      const { rows, page } = await accountPage(db, { role: filter.role, active: filter.active, q: filter.q }, pageQuery(filter));
      res.json({ users: rows, page });
    },
  );

  router.post(
    '/api/users',
    accepts({
      summary: 'Create a user account',
      body: {
        type: 'object',
        required: ['username', 'displayName', 'role', 'password'],
        properties: {
          username: { type: 'string', pattern: '^[A-Za-z0-9_.-]{2,64}$' },
          role: { type: 'string', enum: [...ROLES] },
          password: PASSWORD,
          ...SCOPE_PROPERTIES,
        },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const body = bodyOf<Record<string, unknown> & { username: string; password: string; role: string }>(req);
      const fields = accountFields(body);
      const problem = scopeProblem(fields);
      if (problem) throw problem;
      refuseWeakPassword(body.password, '/password', { username: body.username, displayName: fields.displayName }, req.locale);
      if (await usernameTaken(db, body.username)) {
        throw new AppError(409, 'username_taken', { 'zh-CN': '用户名已存在', en: 'This username is taken' }, [
          { path: '/username', message: 'taken' },
        ]);
      }
      const id = await db.transaction(async (trx) => {
        // The admin knows this password: the user replaces it at first sign-in.
        const newId = await insertAccount(trx, {
          ...fields,
          username: body.username,
          passwordHash: await hashPassword(body.password),
          createdAt: new Date().toISOString(),
        });
        const { password: _hidden, ...summary } = body;
        await auditRequest(trx, req, 'user.create', { type: 'user', id: newId }, { after: summary });
        return newId;
      });
      res.status(201).json({ user: await findAccount(db, id) });
    },
  );

  router.patch(
    '/api/users/:id',
    accepts({
      summary: 'Change a user account',
      body: {
        type: 'object',
        properties: { role: { type: 'string', enum: [...ROLES] }, ...SCOPE_PROPERTIES },
        additionalProperties: false,
        minProperties: 1,
      },
    }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const id = idParam(req);
      const body = bodyOf<Record<string, unknown>>(req);
      const before = await findAccount(db, id);
      if (!before) throw notFound(USER);
      if (id === admin.id && (body.active === false || (body.role && body.role !== 'admin'))) {
        throw new AppError(409, 'self_lockout', {
          'zh-CN': '不能停用自己或取消自己的管理员角色',
          en: 'You cannot deactivate yourself or drop your own admin role',
        });
      }
      const update = accountFields(body);
      const problem = scopeProblem({ ...before, ...update });
      if (problem) throw problem;
      await db.transaction(async (trx) => {
        await updateAccount(trx, id, update);
        if (update.active === false) await deleteUserSessions(trx, id);
        await auditRequest(
          trx,
          req,
          update.active === false ? 'user.deactivate' : 'user.update',
          { type: 'user', id },
          changes(accountColumns(before), accountColumns(update)),
        );
      });
      res.json({ user: await findAccount(db, id) });
    },
  );

  router.post(
    '/api/users/:id/password',
    accepts({
      summary: "Reset a user's password",
      body: {
        type: 'object',
        required: ['newPassword'],
        properties: { newPassword: PASSWORD },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const id = idParam(req);
      const { newPassword } = bodyOf<{ newPassword: string }>(req);
      const target = await findUser(db, id);
      if (!target) throw notFound(USER);
      refuseWeakPassword(newPassword, '/newPassword', target, req.locale);
      await db.transaction(async (trx) => {
        await setPassword(trx, id, await hashPassword(newPassword), new Date().toISOString(), true);
        await deleteUserSessions(trx, id);
        await auditRequest(trx, req, 'user.reset_password', { type: 'user', id });
      });
      res.status(204).end();
    },
  );

  return router;
}
