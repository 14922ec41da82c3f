// Web and worker processes that start at once (two replicas after a deploy) each migrate the app DB and load the
// shipped forms and reference data. knex's migration lock does not cover creating its own table, and the inserts after
// it check-then-write, so the second process failed with "table knex_migrations already exists" or a unique violation.
// PostgreSQL: one session-level advisory lock per schema. SQLite: a lock file beside the database file (SQLite runs on
// one machine; a second connection holding SQLite's own write lock would block this process's writes too).
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { Database } from './stores/db-types';

type PgConnection = { query(sql: string): Promise<unknown> };

// Per schema, so tests that each own a schema in one database do not wait for each other.
const LOCK = "pg_advisory_lock(hashtext('fugong-start-up:' || current_schema()))";
const UNLOCK = "pg_advisory_unlock(hashtext('fugong-start-up:' || current_schema()))";

/** Runs `work` while holding the database's start-up lock. On PostgreSQL the lock lives on a connection set aside for
 * it (so `work` needs a pool of two or more). */
export async function withStartupLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (db.client.config.client !== 'pg') {
    const filename = (db.client.config.connection as { filename?: string } | undefined)?.filename;
    return filename && filename !== ':memory:' ? withLockFile(`${filename}.start-up.lock`, work) : work();
  }
  const connection = (await db.client.acquireConnection()) as PgConnection;
  try {
    await connection.query(`select ${LOCK}`);
    try {
      return await work();
    } finally {
      await connection.query(`select ${UNLOCK}`);
    }
  } finally {
    await db.client.releaseConnection(connection);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the process that wrote a lock file is gone (killed while holding it): then the lock is stale. */
function holderIsGone(path: string): boolean {
  try {
    process.kill(Number(readFileSync(path, 'utf8')), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/** Creates `path` exclusively (waiting while another live process holds it), runs `work`, removes it. */
async function withLockFile<T>(path: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone(path)) rmSync(path, { force: true });
      else await pause(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}
