// GET /api/time: the server's clock, so a client can read the API's local HH:MM fields in the right zone.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { requireUser } from '../access';
import type { AppDeps } from '../app-deps';
import { accepts } from '../route-contract';
import { serverClock } from './server-clock';

/** Routes under /api/time. */
export function timeRoutes({ config }: AppDeps, now: () => Date): Router {
  const router = apiRouter();
  router.get(
    '/api/time',
    accepts({
      summary:
        "The server's clock: { now (ISO, UTC), timeZone (IANA), utcOffset (+08:00), localDate, localTime }. Every HH:MM field and local date in the API is wall-clock time in this zone.",
    }),
    (req, res) => {
      requireUser(req);
      res.json(serverClock(now(), config.timeZone));
    },
  );
  return router;
}
