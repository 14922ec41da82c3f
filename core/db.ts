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

/** Applies every pending migration; processes starting at once call it under withStartupLock (core/startup-lock.ts). */
export async function migrate(db: Knex): Promise<void> {
  await db.migrate.latest({ migrationSource });
}

/** Parses a JSON column: PostgreSQL returns objects, SQLite returns text. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Serialises a value for a JSON column in either database. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}
