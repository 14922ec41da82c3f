// GET /api/me/todo: the enterprise home's to-do list. Only an enterprise's liaison asks, and only about its own
// enterprise: the route takes no id, so there is nobody else's list to name.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { pageQuery, type PageQuery } from '../paging';
import { PAGE_ONLY_QUERY } from '../query-formats';
import { accepts, queryOf } from '../route-contract';
import { enterpriseTodo } from './enterprise-todo';

/** Routes under /api/me. */
export function todoRoutes(deps: AppDeps): Router {
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());

  router.get(
    '/api/me/todo',
    accepts({ summary: "The signed-in enterprise's reports due today and a page of its cases waiting for it", query: PAGE_ONLY_QUERY }),
    async (req, res) => {
      const user = requireRole(req, ['enterprise']);
      const paging = pageQuery(queryOf<PageQuery>(req));
      if (user.enterpriseId === null) {
        res.json({ today: null, resumption: null, reports: [], cases: [], page: { ...paging, total: 0 } });
        return;
      }
      res.json(await enterpriseTodo(deps.db, user.enterpriseId, deps.config.timeZone, now(), paging));
    },
  );

  return router;
}
