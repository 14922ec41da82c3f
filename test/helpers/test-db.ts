// Real databases for tests: a fresh SQLite file always, and a fresh PostgreSQL schema when TEST_DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { createDb, migrate } from '#core/db';

/** An open, migrated test database and how to throw it away. */
export interface OpenDatabase {
  db: Knex;
  close(): Promise<void>;
}

/** A database a test can open, migrate and throw away. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  open(): Promise<OpenDatabase>;
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = knexFactory({ client: 'pg', connection: url });
  await admin.raw(`create schema ${schema}`);
  await admin.destroy();
  const db = knexFactory({ client: 'pg', connection: url, searchPath: [schema], pool: { min: 0, max: 5 } });
  await migrate(db);
  return {
    db,
    // Leave nothing behind in the shared test database.
    async close() {
      await db.raw(`drop schema ${schema} cascade`);
      await db.destroy();
    },
  };
}

/** A migrated SQLite database in a new temporary file. */
export async function openSqlite(): Promise<Knex> {
  const db = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-db-')), 'test.sqlite') });
  await migrate(db);
  return db;
}

/** The databases every repository test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      name: 'sqlite',
      open: async () => {
        const db = await openSqlite();
        return { db, close: () => db.destroy() };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => openPostgres(url) });
  return list;
}

/** A second knex instance on the same database: its own pool, its own caches, like another process. */
export function secondConnection(db: Knex): Knex {
  const config = db.client.config as { client: string; connection: string & { filename: string }; searchPath?: string[] };
  if (config.client === 'pg') return knexFactory({ client: 'pg', connection: config.connection, searchPath: config.searchPath });
  return createDb({ client: 'sqlite3', filename: config.connection.filename });
}
