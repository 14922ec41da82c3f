// The cadre visit log (P7): cadres record visits to their enterprises; HQ, admins and the working groups read all,
// an enterprise reads the visits made to it. A problem taken away can be filed as a difficulty report.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '../../../core/errors';
import { localDate } from '../../../core/domain/working-calendar';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { accepts, bodyOf } from '../route-contract';
import { fileVisitProblem } from './file-visit-problem';
import { VISIT_CREATE, type VisitInput } from './visit-schemas';
import { findVisit, insertVisit, listVisits } from './visit-store';

const VISIT = { 'zh-CN': '走访记录', en: 'Visit' };
const ENTERPRISE = { 'zh-CN': '企业', en: 'Enterprise' };
const READERS = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const invalid = (path: string, message: { 'zh-CN': string; en: string }, locale: 'zh-CN' | 'en') =>
  new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, [
    { path, message: message[locale] },
  ]);

/** Routes under /api/visits. */
export function visitRoutes(deps: AppDeps): Router {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();

  router.get('/api/visits', async (req, res) => {
    const user = requireRole(req, READERS);
    const pickDate = (value: unknown) => (typeof value === 'string' && DATE.test(value) ? value : undefined);
    const enterpriseId = Number(req.query.enterpriseId) || undefined;
    const visits = await listVisits(db, await visibleEnterprises(db, user), {
      from: pickDate(req.query.from),
      to: pickDate(req.query.to),
      enterpriseId,
      limit: 500,
    });
    res.json({ visits });
  });

  router.get('/api/visits/:id', async (req, res) => {
    const user = requireRole(req, READERS);
    const visit = await findVisit(db, await visibleEnterprises(db, user), idParam(req));
    if (!visit) throw notFound(VISIT);
    res.json({ visit });
  });

  router.post('/api/visits', accepts({ summary: 'Record a visit', body: VISIT_CREATE }), async (req, res) => {
    const user = requireRole(req, ['cadre']);
    const body = bodyOf<VisitInput>(req);
    const scope = await visibleEnterprises(db, user);
    if (scope !== 'all' && !scope.includes(body.enterpriseId)) throw notFound(ENTERPRISE);
    if (body.visitedOn > localDate(now().getTime(), config.timeZone))
      throw invalid('/visitedOn', { 'zh-CN': '走访日期不能晚于今天', en: 'The visit date cannot be in the future' }, req.locale);
    const known = new Set(await db('difficulty_categories').pluck('key'));
    const unknown = (body.problems ?? []).findIndex((p) => p.category !== undefined && !known.has(p.category));
    if (unknown >= 0) throw invalid(`/problems/${unknown}/category`, { 'zh-CN': '没有这个问题类别', en: 'No such category' }, req.locale);
    const id = await db.transaction(async (trx) => {
      const newId = await insertVisit(trx, user.id, body, now().toISOString());
      await auditRequest(
        trx,
        req,
        'visit.create',
        { type: 'visit', id: newId },
        { enterpriseId: body.enterpriseId, visitedOn: body.visitedOn, problems: body.problems?.length ?? 0 },
      );
      return newId;
    });
    res.status(201).json({ visit: await findVisit(db, scope, id) });
  });

  router.post('/api/visits/:id/problems/:problemId/difficulty', async (req, res) => {
    const user = requireRole(req, ['cadre']);
    const scope = await visibleEnterprises(db, user);
    const ids = { visitId: idParam(req), problemId: idParam(req, 'problemId') };
    const filed = await fileVisitProblem({ db, temporal: deps.temporal, config, now }, user, scope === 'all' ? [] : scope, ids, {
      locale: req.locale,
      requestId: req.requestId,
    });
    res.status(filed.created ? 201 : 200).json(filed);
  });

  return router;
}
