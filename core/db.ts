// The SQL side: reference data and queryable projections. SQLite file by default, PostgreSQL when configured.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import type { Config } from './config';
import { migrationSource } from './migrations/index';

export type { Knex };

/** Opens a knex connection for the configured database; SQLite gets WAL, a busy timeout and foreign keys. */
export function createDb(database: Config['database']): Knex {
  // A failed statement's error message keeps its placeholders: the bound values (resident IDs, mobiles) stay out of logs.
  const compileSqlOnError = false;
  if (database.client === 'pg') {
    return knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 10 }, compileSqlOnError });
  }
  mkdirSync(dirname(database.filename), { recursive: true });
  return knexFactory({
    client: 'sqlite3',
    connection: { filename: database.filename },
    useNullAsDefault: true,
    compileSqlOnError,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { run: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) {
        conn.run('PRAGMA journal_mode = WAL', () =>
          conn.run('PRAGMA busy_timeout = 5000', () => conn.run('PRAGMA foreign_keys = ON', (err) => done(err, conn))),
        );
      },
    },
  });
}

/** Applies every pending migration; safe to call from several processes at start-up. */
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
