// GET /api/admin/stuck-cases: the cases whose process cannot go on — a step Temporal keeps retrying, a workflow task
// that keeps failing, a run that failed for good — named by case number and form, each with what to do.
import type { RJSFSchema } from '@rjsf/utils';
import { requireRole } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { pageOfList, pageQuery } from '../paging';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { createStuckCases } from './stuck-cases';

interface StuckQuery {
  limit?: number;
  offset?: number;
  days?: number;
  fresh?: boolean;
}

const STUCK_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    days: { type: 'integer', minimum: 1, maximum: 90, default: 7, title: 'Failed runs count when they ended in this many last days' },
    fresh: { type: 'boolean', title: 'Scan the engine again now rather than answer from the last scan (kept 20 seconds)' },
  },
  additionalProperties: false,
};

/** Routes under /api/admin/stuck-cases. */
export function stuckRoutes({ db, temporal, config }: Pick<AppDeps, 'db' | 'temporal' | 'config'>, now: () => Date) {
  const router = apiRouter();
  const stuck = createStuckCases({ db, temporal, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, now });
  router.get(
    '/api/admin/stuck-cases',
    accepts({
      summary:
        'Cases whose process cannot go on (a step retried again and again, a failing workflow task, a run failed for good), with what to do',
      query: STUCK_QUERY,
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const query = queryOf<StuckQuery>(req);
      const list = await stuck.list(query.days ?? 7, query.fresh ?? false);
      const { rows, page } = pageOfList(list.items, pageQuery(query));
      res.set('cache-control', 'no-store').json({ items: rows, page, checkedAt: list.checkedAt, truncated: list.truncated });
    },
  );
  return router;
}
