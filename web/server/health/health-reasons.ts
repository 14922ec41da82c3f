// Why a check of GET /healthz is not ok, in one short line an IT team can act on: which setting or process it concerns
// and what to do. The endpoint is public, so a reason names a kind of failure only (a refused connection, a timeout, a
// refused sign-in), never the driver's message, a host, a port or a user: those stay in the web process's log.

/** The probe's own timeout (health-check.ts), told apart from the dependency's errors. */
export class ProbeTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

const SEE_LOG = "the web process's log has the details";

const NETWORK_KINDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS did not answer)',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
};

// PostgreSQL's SQLSTATE codes and SQLite's result codes an IT team meets, by what they mean for them.
const DATABASE_KINDS: Record<string, string> = {
  ...NETWORK_KINDS,
  '28P01': 'sign-in refused (the password in DATABASE_URL)',
  '28000': 'sign-in refused (the user in DATABASE_URL)',
  '3D000': 'the database named in DATABASE_URL does not exist',
  '57P03': 'the database server is starting up or shutting down',
  '53300': 'the database server has too many connections',
  SQLITE_BUSY: 'the SQLite file is locked by another process',
  SQLITE_CANTOPEN: 'the SQLite file cannot be opened',
  SQLITE_FULL: 'the disk holding the SQLite file is full',
};

// gRPC status codes the Temporal client reports.
const TEMPORAL_KINDS: Record<number, string> = {
  4: 'no answer before the deadline',
  7: 'permission denied (TEMPORAL_API_KEY or the client certificate)',
  14: 'connection failed',
  16: 'sign-in refused (TEMPORAL_API_KEY or the client certificate)',
};

function timedOut(error: unknown): string | undefined {
  return error instanceof ProbeTimeout ? `no answer within ${error.ms / 1000} s` : undefined;
}

/** Why the app database check failed. */
export function databaseReason(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  const kind =
    timedOut(error) ??
    (typeof code === 'string' ? DATABASE_KINDS[code] : undefined) ??
    (name === 'KnexTimeoutError' ? 'no free connection in the pool (the database is slow or overloaded)' : undefined);
  return `the app database (DATABASE_URL) does not answer${kind ? `: ${kind}` : ''}; ${SEE_LOG}`;
}

/** Why the Temporal check failed. */
export function temporalReason(error: unknown): string {
  const { code } = (error ?? {}) as { code?: unknown };
  const kind =
    timedOut(error) ??
    (typeof code === 'number' ? TEMPORAL_KINDS[code] : undefined) ??
    (typeof code === 'string' ? NETWORK_KINDS[code] : undefined);
  return `Temporal (TEMPORAL_ADDRESS) does not answer${kind ? `: ${kind}` : ''}; ${SEE_LOG}`;
}

/** Why the workers check is not ok: nothing polls the task queue, or whether anything does is unknown. `temporalUp`:
 * Temporal answered its own check; `queueError`: describing the task queue failed (undefined when it answered). */
export function workersReason(temporalUp: boolean, queueError: unknown): string {
  if (!temporalUp) return 'unknown while Temporal does not answer (see temporal.reason)';
  if (queueError !== undefined) {
    const { code } = (queueError ?? {}) as { code?: unknown };
    const namespace = code === 5 ? ': the namespace was not found (TEMPORAL_NAMESPACE)' : '';
    return `Temporal could not say who polls the task queue${namespace}; ${SEE_LOG}`;
  }
  return (
    'no worker polls the task queue (TEMPORAL_TASK_QUEUE): processes, reminders and email wait until one does; ' +
    'start a worker (npm run worker, or the worker service), or wait a few seconds after one starts'
  );
}
