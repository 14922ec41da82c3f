// Who may see what: every route calls these before it reads or writes.
import type { Request } from 'express';
import type { Knex } from 'knex';
import { AppError } from '../../core/errors';
import type { Role } from '../../core/org/org-types';
import type { SessionUser } from './request-context';

const signInFirst = new AppError(401, 'unauthenticated', { 'zh-CN': '请先登录', en: 'Please sign in first' });
const notYours = new AppError(403, 'forbidden', { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' });

/** The signed-in user, or a 401. */
export function requireUser(req: Request): SessionUser {
  if (!req.user) throw signInFirst;
  return req.user;
}

/** The signed-in user if their role is one of `roles`, or a 401/403. */
export function requireRole(req: Request, roles: readonly Role[]): SessionUser {
  const user = requireUser(req);
  if (!roles.includes(user.role)) throw notYours;
  return user;
}

/** The enterprises a user may see records of: 'all' for city-wide roles, else a list of ids (maybe empty). */
export async function visibleEnterprises(db: Knex, user: SessionUser): Promise<'all' | number[]> {
  switch (user.role) {
    case 'admin':
    case 'hq':
    case 'special_class':
      return 'all';
    case 'enterprise':
      return user.enterpriseId === null ? [] : [user.enterpriseId];
    case 'cadre': {
      const rows = await db('cadre_assignments').where({ cadre_id: user.id }).whereNull('ended_at').select('enterprise_id');
      return rows.map((row) => Number(row.enterprise_id));
    }
    case 'gate': {
      if (user.projectId === null) return [];
      const rows = await db('projects').where({ id: user.projectId }).select('enterprise_id');
      return rows.map((row) => Number(row.enterprise_id));
    }
  }
}

/** Narrows a query on a table with an enterprise column to what the user may see. */
export function scoped<T extends Knex.QueryBuilder>(query: T, column: string, scope: 'all' | number[]): T {
  return scope === 'all' ? query : (query.whereIn(column, scope) as T);
}
