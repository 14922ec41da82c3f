// The cadre visit log (P7): cadres record visits to their enterprises with the published visit-log definition; HQ,
// admins and the working groups read all, an enterprise reads the visits made to it. A problem taken away can be filed
// as a difficulty report.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { notFound } from '#core/errors';
import { backwardsPeriod, RECORD_ID } from '../query-formats';
import { readerOf } from '#core/privacy/reader-of';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { pageQuery } from '../paging';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { idParam } from '../validate-body';
import { fileVisitProblem } from './file-visit-problem';
import { visitPresenter } from './visit-presenter';
import { visitForm, visitFormView } from './visit-form';
import { findVisit, listVisits } from '#core/stores/visits/visit-store';
import { enterpriseNames } from '#core/stores/org/enterprise-store';
import { recordVisit } from './record-visit';
import { OFFLINE_PROPERTIES } from '../offline/offline-item';

const VISIT = { 'zh-CN': '走访记录', en: 'Visit' };
const READERS = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'] as const;

const LIST_QUERY = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    from: { type: 'string', format: 'date', title: 'Visited on or after' },
    to: { type: 'string', format: 'date', title: 'Visited on or before' },
    enterpriseId: { ...RECORD_ID, title: 'Enterprise' },
  },
  additionalProperties: false,
} as const;

/** Routes under /api/visits. */
export function visitRoutes(deps: AppDeps): Router {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();

  router.get(
    '/api/visits',
    accepts({
      summary: 'Visits in the caller’s scope, newest first; a period that starts after it ends is refused (422 at ?from)',
      query: LIST_QUERY,
    }),
    async (req, res) => {
      const user = requireRole(req, READERS);
      const filter = queryOf<{ from?: string; to?: string; enterpriseId?: number; limit?: number; offset?: number }>(req);
      if (filter.from && filter.to && filter.from > filter.to) throw backwardsPeriod(req.locale);
      const { rows, page } = await listVisits(db, await visibleEnterprises(db, user), filter, pageQuery(filter));
      const presenter = await visitPresenter(db, readerOf(user, req.locale), rows, 'list');
      // asOf: when the answer was made, so a phone showing it from its cache without signal can say how old it is.
      res.json({ visits: rows.map((row) => presenter.view(row)), page, asOf: now().toISOString() });
    },
  );

  // Registered before /api/visits/:id, which would read "form" as an id.
  router.get('/api/visits/form', accepts({ summary: 'The visit-log form a cadre records a visit with' }), async (req, res) => {
    const user = requireRole(req, ['cadre']);
    const form = await visitForm(db);
    const enterprises = await enterpriseNames(db, await visibleEnterprises(db, user));
    res.json({ form: visitFormView(form, req.locale, enterprises) });
  });

  router.get('/api/visits/:id', accepts({ summary: 'One visit with its problems' }), async (req, res) => {
    const user = requireRole(req, READERS);
    const visit = await findVisit(db, await visibleEnterprises(db, user), idParam(req));
    if (!visit) throw notFound(VISIT);
    const { problems, ...row } = visit;
    const presenter = await visitPresenter(db, readerOf(user, req.locale), [row], 'detail');
    res.json({ visit: { ...presenter.view(row), problems: presenter.problems(row, problems) } });
  });

  router.post(
    '/api/visits',
    accepts({
      summary: 'Records a visit with the published visit-log definition',
      describedBody: {
        mediaTypes: ['application/json'],
        description:
          'The form data of the published visit-log definition (GET /api/visits/form); checked against that definition, then the date (not in the future) and the problem categories; 422 with field paths. Beside the form data, optional: clientId (UUID v4 made on the device; a repeat answers the first visit with 200 and replayed: true), deviceTime (ISO 8601 with offset), formVersion (the definition version the visit was made with) and fileProblems (true: file every problem taken away as a difficulty report, once). ' +
          'Any other top-level name is answered 422 at its name when the definition takes no field it does not declare (as the shipped one).',
        schema: { type: 'object', properties: { ...OFFLINE_PROPERTIES, fileProblems: { type: 'boolean' } } },
      },
    }),
    async (req, res) => {
      const user = requireRole(req, ['cadre']);
      const answer = await recordVisit({ db, config, temporal: deps.temporal, now }, req, user);
      res.status(answer.status).json(answer.body);
    },
  );

  router.post(
    '/api/visits/:id/problems/:problemId/difficulty',
    accepts({ summary: 'Files a problem taken away from a visit as the enterprise’s difficulty report' }),
    async (req, res) => {
      const user = requireRole(req, ['cadre']);
      const scope = await visibleEnterprises(db, user);
      const ids = { visitId: idParam(req), problemId: idParam(req, 'problemId') };
      const { filedCase, ...filed } = await fileVisitProblem(
        { db, temporal: deps.temporal, config, now },
        user,
        scope === 'all' ? [] : scope,
        ids,
        { locale: req.locale, requestId: req.requestId },
      );
      req.logContext = filedCase;
      res.status(filed.created ? 201 : 200).json(filed);
    },
  );

  return router;
}
