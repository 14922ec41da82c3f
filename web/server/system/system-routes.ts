// GET /api/admin/system: the admin's system page (versions, Temporal connection, workers and backlog, outbox, backup).
import { requireRole } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { stuckRoutes } from '../stuck/stuck-routes';
import { systemStatus } from './system-status';

/** Routes under /api/admin/system, and the stuck-case list beside it (/api/admin/stuck-cases). */
export function systemRoutes({ db, temporal, config }: AppDeps, now: () => Date) {
  const router = apiRouter();
  router.get('/api/admin/system', async (req, res) => {
    requireRole(req, ['admin']);
    res.set('cache-control', 'no-store').json({ system: await systemStatus(db, temporal, config, now()) });
  });
  router.use(stuckRoutes({ db, temporal, config }, now));
  return router;
}
