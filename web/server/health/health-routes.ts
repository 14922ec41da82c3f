// GET /healthz: can we reach the database and Temporal? 200 when both answer, 503 otherwise.
import { Router } from 'express';
import type { AppDeps } from '../app-deps';

async function probe(check: () => Promise<unknown>, timeoutMs = 3000): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([check(), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** The health route; public, and it reveals nothing beyond reachability. */
export function healthRoutes({ db, temporal }: AppDeps): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const [database, workflow] = await Promise.all([
      probe(() => db.raw('select 1')),
      probe(() => temporal.workflowService.getSystemInfo({})),
    ]);
    const ok = database.ok && workflow.ok;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', db: database, temporal: workflow });
  });
  return router;
}
