// GET /healthz, public: what one health check (health-check.ts) found, shared by every caller for a moment. Each check
// costs a database statement and three Temporal calls, and anyone may ask, so a flood of callers (or of load balancer
// probes from many proxies) costs one check per HEALTH_ANSWER_MAX_AGE_MS rather than one per request. Every caller is
// anonymous here (the route is mounted before the session middleware); the admin's detail is GET /api/admin/system, which
// asks afresh each time. A load balancer reads the status (200 while this replica can serve: no worker is not its
// fault); a monitor that must alert on a missing worker asks `?strict=1`, which answers 503 unless every check is ok.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { HEALTH_ANSWER } from '../openapi/answer-schemas';
import { accepts, queryOf } from '../route-contract';
import { checkHealth, type HealthAnswer } from './health-check';
import { healthSummary, type HealthCheckName } from './health-summary';

/** How long a finished check answers for: short enough that a load balancer sees a dependency go down within seconds. */
export const HEALTH_ANSWER_MAX_AGE_MS = 2_000;

/** The health route; public, and it reveals nothing beyond reachability and how many workers poll. */
export function healthRoutes(deps: AppDeps): Router {
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());
  const answers = accepts({
    summary: 'Whether the database and Temporal answer, and how many workers poll the task queue (checked at most every 2 s)',
    query: {
      type: 'object',
      properties: {
        strict: { type: 'boolean', title: 'For a monitor: 503 unless every check is ok, a missing worker included (1)' },
        lang: { type: 'string', maxLength: 16, title: 'The language of the summary (zh-CN, en)' },
      },
    },
    answers: {
      200: { description: 'Both answer (status degraded when no worker polls the task queue)', schema: HEALTH_ANSWER },
      503: { description: 'One of them does not (the log says why); with strict, also when no worker polls', schema: HEALTH_ANSWER },
    },
  });
  // The check in flight (shared by everyone who asks meanwhile), or the last one with when it finished.
  let latest: { answer: Promise<HealthAnswer>; finishedAt?: number } | undefined;
  const fresh = (finishedAt: number | undefined) => {
    if (finishedAt === undefined) return true;
    const age = now().getTime() - finishedAt;
    // A clock set back makes the age negative: check again rather than trust the old answer for longer.
    return age >= 0 && age < HEALTH_ANSWER_MAX_AGE_MS;
  };
  const sharedCheck = (requestId: string): Promise<HealthAnswer> => {
    if (latest && fresh(latest.finishedAt)) return latest.answer;
    const entry: NonNullable<typeof latest> = { answer: checkHealth(deps, requestId) };
    latest = entry;
    entry.answer.then(
      () => void (entry.finishedAt = now().getTime()),
      // Not expected (every probe catches its own failure), but a check that threw is not kept to answer others.
      () => void (latest === entry && (latest = undefined)),
    );
    return entry.answer;
  };
  router.get('/healthz', answers, async (req, res) => {
    const { strict } = queryOf<{ strict?: boolean }>(req);
    const { statusCode, body } = await sharedCheck(req.requestId);
    const failing = body.failing as HealthCheckName[];
    const summary = healthSummary(failing, (body.workers as { count: number | null }).count, req.locale);
    res.status(strict && failing.length ? 503 : statusCode).json({ status: body.status, summary, ...body });
  });
  return router;
}
