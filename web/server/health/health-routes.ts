// GET /healthz: can we reach the database and Temporal, and does a worker poll the task queue? 200 while the database
// and Temporal answer, 503 when one does not: load balancers and container health checks gate traffic on it, and a web
// process cannot bring a worker back, so no worker polling is `status: degraded` with `workers.ok: false` but still
// 200 (failing it would take healthy web replicas out of rotation, or have them restarted, for a worker problem). The
// answer says only up or down: a connection error names hosts, ports and users, so it goes to the log, never the caller.
import { Router } from 'express';
import { pingDatabase } from '#core/stores/health-store';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { HEALTH_ANSWER } from '../openapi/answer-schemas';
import { accepts } from '../route-contract';
import { taskQueueState } from '../system/system-status';

type Probe<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function probe<T>(check: () => Promise<T>, timeoutMs = 3000): Promise<Probe<T>> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return { ok: true, value: await Promise.race([check(), timeout]) };
  } catch (error) {
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

/** The health route; public, and it reveals nothing beyond reachability and how many workers poll. */
export function healthRoutes({ db, temporal, config, logger }: AppDeps): Router {
  const router = apiRouter();
  const answers = accepts({
    summary: 'Whether the database and Temporal answer, and how many workers poll the task queue',
    answers: {
      200: { description: 'Both answer (status degraded when no worker polls the task queue)', schema: HEALTH_ANSWER },
      503: { description: 'One of them does not (the log says why)', schema: HEALTH_ANSWER },
    },
  });
  const { namespace, taskQueue } = config.temporal;
  router.get('/healthz', answers, async (req, res) => {
    const [database, workflow, queue] = await Promise.all([
      probe(() => pingDatabase(db)),
      probe(() => temporal.workflowService.getSystemInfo({})),
      probe(() => taskQueueState(temporal, namespace, taskQueue, false)),
    ]);
    const probes = { db: database, temporal: workflow };
    const body: Record<string, unknown> = {};
    for (const [name, result] of Object.entries(probes)) {
      body[name] = { ok: result.ok, state: result.ok ? 'up' : 'down' };
      if (!result.ok) logger.warn({ err: result.error, dependency: name, requestId: req.requestId }, 'health check: dependency down');
    }
    // null: Temporal did not say (it is down, or the namespace is missing); either way nothing is known to poll.
    const workers = queue.ok ? queue.value.workers : null;
    if (!workers && workflow.ok)
      logger.warn(
        { ...(queue.ok ? {} : { err: queue.error }), taskQueue, requestId: req.requestId },
        'health check: no worker polls the task queue',
      );
    body.workers = { ok: Boolean(workers), state: workers ? 'up' : 'down', count: workers };
    const reachable = probes.db.ok && probes.temporal.ok;
    res.status(reachable ? 200 : 503).json({ status: reachable && workers ? 'ok' : 'degraded', ...body });
  });
  return router;
}
