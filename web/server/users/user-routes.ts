// Admins create, edit, deactivate and reset users. Hashes never leave the server.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import type { Knex } from '#core/stores';
import { hashPassword } from '#core/auth/passwords';
import { AppError, notFound } from '#core/errors';
import { ROLES } from '#core/org/org-types';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { toSessionUser } from '#core/stores/session-store';
import { findUser, usernameTaken } from '#core/stores/user-store';
import { idParam } from '../validate-body';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { pageOfQuery, pageQuery } from '../paging';
import { PASSWORD, refusePublishedPassword } from './password-policy';

const USER = { 'zh-CN': '用户', en: 'User' };

const SCOPE_PROPERTIES = {
  displayName: { type: 'string', minLength: 1, maxLength: 100 },
  email: { anyOf: [{ type: 'string', format: 'email', maxLength: 200 }, { type: 'null' }] },
  enterpriseId: { type: ['integer', 'null'], minimum: 1 },
  workingGroupId: { type: ['integer', 'null'], minimum: 1 },
  projectId: { type: ['integer', 'null'], minimum: 1 },
  active: { type: 'boolean' },
} satisfies Record<string, RJSFSchema>;

const COLUMNS = {
  displayName: 'display_name',
  email: 'email',
  enterpriseId: 'enterprise_id',
  workingGroupId: 'working_group_id',
  projectId: 'project_id',
  active: 'active',
  role: 'role',
} as const;

/** Which scope field each role needs (DESIGN §1): one enterprise, one working group, one project site. */
const SCOPE_OF_ROLE: Partial<Record<string, 'enterprise_id' | 'working_group_id' | 'project_id'>> = {
  enterprise: 'enterprise_id',
  special_class: 'working_group_id',
  gate: 'project_id',
};

function userQuery(db: Knex) {
  return db('users as u').leftJoin('enterprises as e', 'e.id', 'u.enterprise_id').select('u.*', 'e.name as enterprise_name');
}

function userView(row: Record<string, unknown>) {
  return { ...toSessionUser(row), active: Boolean(row.active), createdAt: row.created_at as string };
}

function scopeProblem(row: Record<string, unknown>): AppError | undefined {
  const needed = SCOPE_OF_ROLE[row.role as string];
  if (!needed || row[needed]) return undefined;
  const path = `/${Object.entries(COLUMNS).find(([, column]) => column === needed)![0]}`;
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
      const query = userQuery(db).orderBy('u.id');
      if (filter.role) query.where('u.role', filter.role);
      if (filter.active !== undefined) query.where('u.active', filter.active);
      if (filter.q) {
        const text = `%${filter.q.replace(/[%_]/g, '')}%`;
        query.where((w) => {
          w.where('u.username', 'like', text).orWhere('u.display_name', 'like', text);
        });
      }
      const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, pageQuery(filter));
      res.json({ users: rows.map(userView), page });
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
      const row = {
        ...Object.fromEntries(
          Object.entries(body)
            .filter(([k]) => k in COLUMNS)
            .map(([k, v]) => [COLUMNS[k as keyof typeof COLUMNS], v]),
        ),
        username: body.username,
      };
      const problem = scopeProblem(row);
      if (problem) throw problem;
      refusePublishedPassword(body.password, '/password');
      if (await usernameTaken(db, body.username)) {
        throw new AppError(409, 'username_taken', { 'zh-CN': '用户名已存在', en: 'This username is taken' }, [
          { path: '/username', message: 'taken' },
        ]);
      }
      const id = await db.transaction(async (trx) => {
        const [inserted] = await trx('users')
          // The admin knows this password: the user replaces it at first sign-in.
          .insert({
            ...row,
            password_hash: await hashPassword(body.password),
            must_change_password: true,
            created_at: new Date().toISOString(),
          })
          .returning('id');
        const newId = Number((inserted as { id: number }).id);
        const { password: _hidden, ...summary } = body;
        await auditRequest(trx, req, 'user.create', { type: 'user', id: newId }, { after: summary });
        return newId;
      });
      res.status(201).json({ user: userView(await userQuery(db).where('u.id', id).first()) });
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
      const before = await db('users').where({ id }).first();
      if (!before) throw notFound(USER);
      if (id === admin.id && (body.active === false || (body.role && body.role !== 'admin'))) {
        throw new AppError(409, 'self_lockout', {
          'zh-CN': '不能停用自己或取消自己的管理员角色',
          en: 'You cannot deactivate yourself or drop your own admin role',
        });
      }
      const update = Object.fromEntries(Object.entries(body).map(([k, v]) => [COLUMNS[k as keyof typeof COLUMNS], v]));
      const problem = scopeProblem({ ...before, ...update });
      if (problem) throw problem;
      await db.transaction(async (trx) => {
        await trx('users').where({ id }).update(update);
        if (update.active === false) await trx('sessions').where({ user_id: id }).delete();
        const { password_hash: _a, ...safeBefore } = before;
        await auditRequest(
          trx,
          req,
          update.active === false ? 'user.deactivate' : 'user.update',
          { type: 'user', id },
          changes(safeBefore, update),
        );
      });
      res.json({ user: userView(await userQuery(db).where('u.id', id).first()) });
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
      if (!(await findUser(db, id))) throw notFound(USER);
      refusePublishedPassword(newPassword, '/newPassword');
      await db.transaction(async (trx) => {
        await trx('users')
          .where({ id })
          .update({
            password_hash: await hashPassword(newPassword),
            password_changed_at: new Date().toISOString(),
            must_change_password: true,
            demo_password: false,
          });
        await trx('sessions').where({ user_id: id }).delete();
        await auditRequest(trx, req, 'user.reset_password', { type: 'user', id });
      });
      res.status(204).end();
    },
  );

  return router;
}
