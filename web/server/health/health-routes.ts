// GET /healthz: can we reach the database and Temporal? 200 when both answer, 503 otherwise. The answer says only
// up or down: a connection error names hosts, ports and users, so it goes to the log and never to the caller.
import { Router } from 'express';
import { pingDatabase } from '#core/stores/health-store';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { HEALTH_ANSWER } from '../openapi/answer-schemas';
import { accepts } from '../route-contract';

type Probe = { ok: true } | { ok: false; error: unknown };

async function probe(check: () => Promise<unknown>, timeoutMs = 3000): Promise<Probe> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([check(), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

/** The health route; public, and it reveals nothing beyond reachability. */
export function healthRoutes({ db, temporal, logger }: AppDeps): Router {
  const router = apiRouter();
  const answers = accepts({
    summary: 'Whether the database and Temporal answer',
    answers: {
      200: { description: 'Both answer', schema: HEALTH_ANSWER },
      503: { description: 'One of them does not (the log says why)', schema: HEALTH_ANSWER },
    },
  });
  router.get('/healthz', answers, async (req, res) => {
    const [database, workflow] = await Promise.all([
      probe(() => pingDatabase(db)),
      probe(() => temporal.workflowService.getSystemInfo({})),
    ]);
    const probes = { db: database, temporal: workflow };
    const body: Record<string, unknown> = {};
    for (const [name, result] of Object.entries(probes)) {
      body[name] = { ok: result.ok, state: result.ok ? 'up' : 'down' };
      if (!result.ok) logger.warn({ err: result.error, dependency: name, requestId: req.requestId }, 'health check: dependency down');
    }
    const ok = probes.db.ok && probes.temporal.ok;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', ...body });
  });
  return router;
}
