// One health check behind GET /healthz: can we reach the database and Temporal, and does a worker poll the task queue?
// 200 while the database and Temporal answer, 503 when one does not: load balancers and container health checks gate
// traffic on it, and a web process cannot bring a worker back, so no worker polling is `status: degraded` with
// `workers.ok: false` but still 200 (failing it would take healthy web replicas out of rotation, or have them
// restarted, for a worker problem). A check that is not ok carries a short `reason` (what kind of failure, which
// setting, what to do: health-reasons.ts) and `failing` lists such checks, so an IT team reading the answer knows what
// is degraded; a connection error's own text names hosts, ports and users, so it goes to the log, never the caller.
import { pingDatabase } from '#core/stores/health-store';
import type { AppDeps } from '../app-deps';
import { taskQueueState } from '../system/system-status';
import { databaseReason, ProbeTimeout, temporalReason, workersReason } from './health-reasons';

type Probe<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** What /healthz answers: its status code and body. */
export interface HealthAnswer {
  statusCode: 200 | 503;
  body: Record<string, unknown>;
}

async function probe<T>(check: () => Promise<T>, timeoutMs = 3000): Promise<Probe<T>> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProbeTimeout(timeoutMs)), timeoutMs);
    });
    return { ok: true, value: await Promise.race([check(), timeout]) };
  } catch (error) {
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

/** Asks the database and Temporal once (one statement, three Temporal calls); what is down is logged with `requestId`,
 * the request that made the check. */
export async function checkHealth({ db, temporal, config, logger }: AppDeps, requestId: string): Promise<HealthAnswer> {
  const { namespace, taskQueue } = config.temporal;
  const [database, workflow, queue] = await Promise.all([
    probe(() => pingDatabase(db)),
    probe(() => temporal.workflowService.getSystemInfo({})),
    probe(() => taskQueueState(temporal, namespace, taskQueue, false)),
  ]);
  const probes = { db: database, temporal: workflow };
  const reasons = { db: databaseReason, temporal: temporalReason };
  const body: Record<string, unknown> = {};
  const failing: string[] = [];
  for (const [name, result] of Object.entries(probes)) {
    body[name] = result.ok
      ? { ok: true, state: 'up' }
      : { ok: false, state: 'down', reason: reasons[name as keyof typeof reasons](result.error) };
    if (!result.ok) {
      failing.push(name);
      logger.warn({ err: result.error, dependency: name, requestId }, 'health check: dependency down');
    }
  }
  // null: Temporal did not say (it is down, or the namespace is missing); either way nothing is known to poll.
  const workers = queue.ok ? queue.value.workers : null;
  if (!workers && workflow.ok)
    logger.warn({ ...(queue.ok ? {} : { err: queue.error }), taskQueue, requestId }, 'health check: no worker polls the task queue');
  body.workers = workers
    ? { ok: true, state: 'up', count: workers }
    : { ok: false, state: 'down', count: workers, reason: workersReason(workflow.ok, queue.ok ? undefined : queue.error) };
  if (!workers) failing.push('workers');
  const reachable = probes.db.ok && probes.temporal.ok;
  return { statusCode: reachable ? 200 : 503, body: { status: failing.length ? 'degraded' : 'ok', failing, ...body } };
}
