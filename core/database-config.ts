// DATABASE_URL: SQLite (a file, DATA_DIR/fugong.sqlite by default) or PostgreSQL, read once by loadConfig
// (core/config.ts).
import { resolve } from 'node:path';
import { ConfigError } from './config-values';

/** The knex client and connection of the database. */
export type DatabaseConfig = { client: 'sqlite3'; filename: string } | { client: 'pg'; url: string };

/** What a SQLite DATABASE_URL must look like, said after each way one can be wrong. */
const SQLITE_URL_FIX =
  "write DATABASE_URL=sqlite: followed by the file's absolute path, such as sqlite:/var/lib/fugong/fugong.sqlite " +
  '(or sqlite:///var/lib/fugong/fugong.sqlite), or leave DATABASE_URL unset for DATA_DIR/fugong.sqlite';

/** The SQLite file a `sqlite:` DATABASE_URL names: an absolute path, after `sqlite:` or `sqlite://` with no host. A
 * relative path would follow the folder each process happens to start in (npm start, a service manager, a cron job
 * running reset-admin-password), so one installation could open two databases; it is refused with the absolute path
 * it stands for here. */
function sqliteFileFrom(url: string): string {
  const rest = url.slice('sqlite:'.length);
  const host = /^\/\/([^/]+)/.exec(rest)?.[1];
  if (host) throw new ConfigError(`DATABASE_URL=${url} names a host ("${host}"), but SQLite is a file on this machine: ${SQLITE_URL_FIX}`);
  const path = rest.startsWith('//') ? rest.slice(2) : rest;
  if (!path || path === '/') throw new ConfigError(`DATABASE_URL=${url} names no file: ${SQLITE_URL_FIX}`);
  if (!path.startsWith('/')) {
    throw new ConfigError(
      `DATABASE_URL=${url} names a relative path, which would change with the folder a process starts in: ` +
        `${SQLITE_URL_FIX} (started here, that is sqlite:${resolve(path)})`,
    );
  }
  if (path.endsWith('/')) throw new ConfigError(`DATABASE_URL=${url} names a folder, not a file: ${SQLITE_URL_FIX}`);
  return resolve(path);
}

/** The database DATABASE_URL names, or the SQLite file under `dataDir` when it is unset. */
export function databaseFrom(url: string | undefined, dataDir: string): DatabaseConfig {
  if (!url) return { client: 'sqlite3', filename: resolve(dataDir, 'fugong.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { client: 'pg', url };
  if (url.startsWith('sqlite:')) return { client: 'sqlite3', filename: sqliteFileFrom(url) };
  throw new ConfigError(`DATABASE_URL must start with postgres:// or sqlite:, got "${url}"`);
}
