// Errors that say the database could not be reached or used, rather than a fault in a statement: the start-up turns
// them into its one configuration line (core/startup-checks.ts), the web's error handler into a 503 (error-middleware).
// Network failures; a connection cut or refused mid-way; SQLite's file gone or read-only; PostgreSQL's classes 08
// (connection), 28 (authorisation), 3D (no such database), 53 (resources: too many connections, disk full) and 57P
// (shut down, starting up).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
  'EPIPE',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_FULL',
]);
const UNAVAILABLE_SQLSTATE = /^(08|28|3D|53|57P)/;
const UNAVAILABLE_MESSAGE = /^(Connection terminated|Knex: Timeout acquiring a connection)/;

/** Whether `error` says the database could not be reached or used (it went away, or refuses this user), not that a
 * statement failed. */
export function databaseUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
}
