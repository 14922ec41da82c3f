// Who may see what: every route calls these before it reads or writes.
import type { Request } from 'express';
import type { Db, Knex } from '#core/stores';
import { AppError } from '#core/errors';
import type { Role } from '#core/org/org-types';
import type { SessionUser } from './request-context';
import { visibleTasks } from '#core/stores/task-inbox';
import { enterpriseIdsOfCadre } from '#core/stores/org/cadre-assignment-store';
import { enterpriseIdsOfProject } from '#core/stores/org/project-store';

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

/** The enterprises a user may see records of: 'all' for city-wide roles, else a list of ids (maybe empty). A
 * working-group member sees the directory city-wide (to nominate, to coordinate) but submissions only through
 * `visibleSubmissions`. */
export async function visibleEnterprises(db: Db, user: SessionUser): Promise<'all' | number[]> {
  switch (user.role) {
    case 'admin':
    case 'hq':
    case 'special_class':
      return 'all';
    case 'enterprise':
      return user.enterpriseId === null ? [] : [user.enterpriseId];
    case 'cadre':
      return enterpriseIdsOfCadre(db, user.id);
    case 'gate':
      return user.projectId === null ? [] : enterpriseIdsOfProject(db, user.projectId);
  }
}

/**
 * The submissions a user may read (besides their own): every one (HQ, admins), those of some enterprises (cadres,
 * enterprises), those of their tasks (working-group members: tasks assigned to them or their group, claimed or decided
 * by them, open or done), or only their own (gate officers, who work their site's gate, not its paperwork).
 */
export type SubmissionScope =
  { kind: 'all' } | { kind: 'enterprises'; ids: number[] } | { kind: 'tasks'; user: SessionUser } | { kind: 'own'; userId: number };

/** The submission scope of a user. */
export async function visibleSubmissions(db: Knex, user: SessionUser): Promise<SubmissionScope> {
  if (user.role === 'special_class') return { kind: 'tasks', user };
  if (user.role === 'gate') return { kind: 'own', userId: user.id };
  const enterprises = await visibleEnterprises(db, user);
  return enterprises === 'all' ? { kind: 'all' } : { kind: 'enterprises', ids: enterprises };
}

/** Ids of the submissions behind a user's tasks, as a subquery. */
export function taskSubmissionIds(db: Knex, user: SessionUser): Knex.QueryBuilder {
  return visibleTasks(db, user).whereNotNull('t.submission_id').distinct('t.submission_id');
}

/** Narrows a query on submissions (alias `s`, or the columns named) to a scope; a user's own always stay in. */
export function scopedSubmissions<T extends Knex.QueryBuilder>(
  db: Knex,
  query: T,
  scope: SubmissionScope,
  columns: { id: string; enterprise: string; user?: string } = { id: 's.id', enterprise: 's.enterprise_id', user: 's.user_id' },
): T {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'own':
      return query.where(columns.user ?? 's.user_id', scope.userId) as T;
    case 'enterprises':
      return query.whereIn(columns.enterprise, scope.ids) as T;
    case 'tasks':
      return query.where((w) => {
        w.whereIn(columns.id, taskSubmissionIds(db, scope.user));
        if (columns.user) w.orWhere(columns.user, scope.user.id);
      }) as T;
  }
}
