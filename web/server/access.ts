// Who may see what: every route calls these before it reads or writes.
import type { Request } from 'express';
import type { Db } from '#core/stores';
import type { SubmissionScope } from '#core/stores/submissions/submission-scope';
import { AppError } from '#core/errors';
import { ROLE_NAMES } from '#core/domain/glossary';
import type { Role } from '#core/org/org-types';
import type { SessionUser } from './request-context';
import { enterpriseIdsOfCadre } from '#core/stores/org/cadre-assignment-store';
import { enterpriseIdsOfProject } from '#core/stores/org/project-store';

const signInFirst = new AppError(401, 'unauthenticated', { 'zh-CN': '请先登录', en: 'Please sign in first' });
const notYours = new AppError(403, 'forbidden', { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' });

/** The signed-in user, or a 401. */
export function requireUser(req: Request): SessionUser {
  if (!req.user) throw signInFirst;
  return req.user;
}

/** A 403 naming the roles that may: they are no secret (the API description and README list each route's). */
function onlyFor(roles: readonly Role[]): AppError {
  const names = (locale: 'zh-CN' | 'en') => roles.map((role) => ROLE_NAMES[role][locale]);
  return new AppError(403, 'forbidden', {
    'zh-CN': `此操作仅限：${names('zh-CN').join('、')}`,
    en: `Only these roles may do this: ${names('en').join(', ')}`,
  });
}

/** The signed-in user if their role is one of `roles`, or a 401/403 (the 403 names the roles). */
export function requireRole(req: Request, roles: readonly Role[]): SessionUser {
  const user = requireUser(req);
  if (!roles.includes(user.role)) throw onlyFor(roles);
  return user;
}

/** As requireRole, for the service working groups' own work (the hotline): an inspection body's member, a working
 * group member too, is refused like any other role. */
export function requireServiceRole(req: Request, roles: readonly Role[]): SessionUser {
  const user = requireRole(req, roles);
  if (user.inspectionBody) throw notYours;
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

/** The submission scope of a user. */
export async function visibleSubmissions(db: Db, user: SessionUser): Promise<SubmissionScope> {
  if (user.role === 'special_class') return { kind: 'tasks', user };
  if (user.role === 'gate') return { kind: 'own', userId: user.id };
  const enterprises = await visibleEnterprises(db, user);
  if (enterprises === 'all') return { kind: 'all' };
  // The gate checks at an enterprise's sites are the site register's (its officer, the cadre, HQ, admins): data
  // minimisation keeps them, worker by worker with health data, from the enterprise itself.
  return { kind: 'enterprises', ids: enterprises, gateRecords: user.role === 'cadre' };
}
