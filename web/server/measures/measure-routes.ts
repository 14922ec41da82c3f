// "一企一策" (000 §III.1): the assigned cadre records the service measures of each of its enterprises and keeps them
// up to date; the enterprise reads its own, HQ, the special class and admins read every enterprise's. Every write is
// audited with what changed.
import { Router } from 'express';
import { AppError, notFound } from '#core/errors';
import { apiRouter } from '../api-router';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import type { SessionUser } from '../request-context';
import { pageOfList, pageQuery, type PageQuery } from '../paging';
import { PAGE_ONLY_QUERY } from '../query-formats';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { idParam } from '../validate-body';
import { CLOSING_STATUSES, MEASURE_CREATE, MEASURE_UPDATE, type MeasureChange, type MeasureInput } from './measure-schemas';
import { findMeasure, insertMeasure, listMeasures, updateMeasure } from '#core/stores/measure-store';
import { enterpriseExists } from '#core/stores/org/enterprise-store';
import { measureView } from './measure-view';

const ENTERPRISE = { 'zh-CN': '企业', en: 'Enterprise' };
const MEASURE = { 'zh-CN': '服务措施', en: 'Service measure' };
const READERS = ['enterprise', 'cadre', 'special_class', 'hq', 'admin'] as const;

/** Routes under /api/enterprises/:id/measures and /api/measures/:id. */
export function measureRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();

  // Outside the reader's scope an enterprise does not exist for them (404, as elsewhere).
  async function inScope(user: SessionUser, enterpriseId: number): Promise<void> {
    const scope = await visibleEnterprises(db, user);
    if (scope !== 'all' && !scope.includes(enterpriseId)) throw notFound(ENTERPRISE);
    if (!(await enterpriseExists(db, enterpriseId))) throw notFound(ENTERPRISE);
  }

  router.get(
    '/api/enterprises/:id/measures',
    accepts({ summary: 'A page of the service measures of one enterprise (一企一策), open ones first', query: PAGE_ONLY_QUERY }),
    async (req, res) => {
      const user = requireRole(req, READERS);
      const enterpriseId = idParam(req);
      await inScope(user, enterpriseId);
      const { rows, page } = pageOfList(
        (await listMeasures(db, enterpriseId)).map((row) => measureView(row, req.locale)),
        pageQuery(queryOf<PageQuery>(req)),
      );
      res.json({ measures: rows, page });
    },
  );

  router.post(
    '/api/enterprises/:id/measures',
    accepts({ summary: 'A cadre records a service measure for one of its enterprises', body: MEASURE_CREATE }),
    async (req, res) => {
      const user = requireRole(req, ['cadre']);
      const enterpriseId = idParam(req);
      await inScope(user, enterpriseId);
      const body = bodyOf<MeasureInput>(req);
      const at = now().toISOString();
      const id = await db.transaction(async (trx) => {
        const newId = await insertMeasure(trx, enterpriseId, user.id, body, at);
        await auditRequest(trx, req, 'measure.create', { type: 'enterprise_measure', id: newId }, { enterpriseId, ...body });
        return newId;
      });
      const created = await findMeasure(db, id);
      res.status(201).json({ measure: created && measureView(created, req.locale) });
    },
  );

  router.patch(
    '/api/measures/:id',
    accepts({ summary: 'The cadre moves a measure on: status and outcome, responsible person, due date', body: MEASURE_UPDATE }),
    async (req, res) => {
      const user = requireRole(req, ['cadre']);
      const before = await findMeasure(db, idParam(req));
      if (!before) throw notFound(MEASURE);
      await inScope(user, before.enterpriseId).catch(() => {
        throw notFound(MEASURE);
      });
      const change = bodyOf<MeasureChange>(req);
      const closing = change.status !== undefined && CLOSING_STATUSES.includes(change.status);
      if (closing && !change.outcome && !before.outcome)
        throw new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, [
          {
            path: '/outcome',
            message: req.locale === 'en' ? 'say how the measure ended' : '请填写落实情况',
          },
        ]);
      await db.transaction(async (trx) => {
        await updateMeasure(trx, before.id, user.id, change, now().toISOString());
        const was = { status: before.status, outcome: before.outcome, responsible: before.responsible, dueOn: before.dueOn };
        const previous = Object.fromEntries(Object.keys(change).map((key) => [key, was[key as keyof typeof was]]));
        await auditRequest(trx, req, 'measure.update', { type: 'enterprise_measure', id: before.id }, { before: previous, after: change });
      });
      const after = await findMeasure(db, before.id);
      res.json({ measure: after && measureView(after, req.locale) });
    },
  );

  return router;
}
