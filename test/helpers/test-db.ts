// Real databases for tests: a fresh SQLite file always, and a fresh PostgreSQL database when TEST_DATABASE_URL is set.
// Each starts as a copy of one migrated template (a file per fork for SQLite; a database made in globalSetup for
// PostgreSQL, cloned with CREATE DATABASE … TEMPLATE) rather than running every migration again: about 1,100 opens a
// run, each 0.5 s (SQLite) to 0.9 s (PostgreSQL) of migrations (bench/RESULTS.md, session 26). Where the server
// refuses CREATE DATABASE, a fresh schema of TEST_DATABASE_URL is migrated instead.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { inject } from 'vitest';
import { createDb, migrate } from '#core/db';
import { markMaker } from './postgres-makers';

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

/** `url` naming another database of the same server. */
export function databaseUrl(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/** A new database cloned from the migrated template globalSetup made (test/helpers/postgres-template.ts). */
async function openPostgresClone(url: string, template: string): Promise<OpenDatabase> {
  const name = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    await admin.raw('create database ?? template ??', [name, template]);
    await markMaker(admin, name);
  } finally {
    await admin.destroy();
  }
  const db = knexFactory({ client: 'pg', connection: databaseUrl(url, name), searchPath: ['public'], pool: { min: 0, max: 5 } });
  return {
    db,
    // Leave nothing behind on the shared test server.
    async close() {
      await db.destroy();
      const drop = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
      await drop.raw('drop database if exists ?? with (force)', [name]);
      await drop.destroy();
    },
  };
}

async function openPostgresSchema(url: string): Promise<OpenDatabase> {
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

function openPostgres(url: string): Promise<OpenDatabase> {
  const template = inject('postgresTemplate');
  return template ? openPostgresClone(url, template) : openPostgresSchema(url);
}

/** This process's migrated SQLite file, made on first use and copied for each database a test opens. */
let sqliteTemplate: Promise<string> | undefined;
function migratedSqliteFile(): Promise<string> {
  sqliteTemplate ??= (async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'fugong-template-')), 'template.sqlite');
    const db = createDb({ client: 'sqlite3', filename });
    await migrate(db);
    // Closing the only connection checkpoints the write-ahead log into the file: the file alone is the database.
    await db.destroy();
    return filename;
  })();
  return sqliteTemplate;
}

/** A migrated SQLite database in a new temporary file. */
export async function openSqlite(): Promise<Knex> {
  const filename = join(mkdtempSync(join(tmpdir(), 'fugong-db-')), 'test.sqlite');
  copyFileSync(await migratedSqliteFile(), filename);
  return createDb({ client: 'sqlite3', filename });
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
