// The SQL side: reference data and queryable projections. SQLite file by default, PostgreSQL when configured.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import type { Config } from './config';
import { migrationSource } from './migrations/index';
import { ImmediateSqliteClient } from './sqlite-client';

export type { Knex };

// SQLite, per connection: WAL so readers never wait for the writer; synchronous=NORMAL, which in WAL mode syncs at
// checkpoints instead of at every commit (a commit survives a crash of the process, not necessarily a power cut);
// a busy timeout long enough to outwait another process's transactions (they are short; a 503 is the last resort).
const SQLITE_PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 15000', 'foreign_keys = ON'];

type SqliteConnection = { run: (sql: string, cb: (err: Error | null) => void) => void };

function applyPragmas(conn: SqliteConnection, pragmas: string[], done: (err: Error | null) => void): void {
  const [first, ...rest] = pragmas;
  if (!first) return done(null);
  conn.run(`PRAGMA ${first}`, (err) => (err ? done(err) : applyPragmas(conn, rest, done)));
}

/** Opens a knex connection for the configured database. SQLite gets one connection per process — its only writer, so
 * writes in this process queue in knex's pool rather than in SQLite's busy handler — with WAL, a busy timeout, foreign
 * keys, and transactions that take the write lock when they begin (core/sqlite-client.ts). `log` replaces knex's console
 * warnings (the start-up probe, core/startup-checks.ts, reports a failed connection itself). */
export function createDb(database: Config['database'], log?: Knex.Logger): Knex {
  // A failed statement's error message keeps its placeholders: the bound values (resident IDs, mobiles) stay out of logs.
  const compileSqlOnError = false;
  if (database.client === 'pg') {
    return knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 10 }, compileSqlOnError, log });
  }
  mkdirSync(dirname(database.filename), { recursive: true });
  const db = knexFactory({
    client: ImmediateSqliteClient as unknown as string,
    connection: { filename: database.filename },
    useNullAsDefault: true,
    compileSqlOnError,
    log,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) {
        applyPragmas(conn, SQLITE_PRAGMAS, (err) => done(err, conn));
      },
    },
  });
  // Code that asks which database this is (ours, rate-limiter-flexible) reads the dialect's name, not its class.
  db.client.config.client = 'sqlite3';
  return db;
}

/** What a process logs (warn, with the names) when migrate found migrations of a newer release in the database. */
export const NEWER_MIGRATIONS_WARNING =
  'the database was migrated by a newer release; this one runs on it, since migrations only add: replace this process ' +
  'with the newer release, or restore the backup taken before the upgrade to go back for good';

/** Applies every pending migration; processes starting at once call it under withStartupLock (core/startup-lock.ts).
 * A database that a newer release has migrated further is used as it is, and the names of the migrations this release
 * does not know are returned for the caller to log: an older replica restarting during a rolling upgrade, or a
 * rollback, meets such a database, and every migration leaves the schema usable by the release before it
 * (deploy/README.md, "Upgrading with running workflows"). knex's own check refused to start ("The migration directory
 * is corrupt, the following files are missing"). */
export async function migrate(db: Knex): Promise<string[]> {
  const options = { migrationSource, disableMigrationsListValidation: true };
  await db.migrate.latest(options);
  const known = new Set((await migrationSource.getMigrations([])).map((entry) => migrationSource.getMigrationName(entry)));
  const [completed] = (await db.migrate.list(options)) as [Array<string | { name: string }>, unknown];
  return completed.map((entry) => (typeof entry === 'string' ? entry : entry.name)).filter((name) => !known.has(name));
}

/** Parses a JSON column: PostgreSQL returns objects, SQLite returns text. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Serialises a value for a JSON column in either database. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}
