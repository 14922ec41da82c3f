// The migrated PostgreSQL database the tests' databases are cloned from (test-db.ts), made once per run by globalSetup
// and dropped at its end. Null when TEST_DATABASE_URL is unset or its user may not create databases: the tests then
// migrate a fresh schema each. Before making it, drops what a killed run left behind (postgres-makers.ts).
import { randomUUID } from 'node:crypto';
import knexFactory from 'knex';
import { migrate } from '#core/db';
import { dropLeftovers, markMaker } from './postgres-makers';
import { databaseUrl } from './test-db';

/** The template's name and how to drop it. */
export interface PostgresTemplate {
  name: string;
  drop(): Promise<void>;
}

export async function makePostgresTemplate(url: string | undefined): Promise<PostgresTemplate | null> {
  if (!url) return null;
  const name = `fugong_template_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    const dropped = await dropLeftovers(admin).catch((error: Error) => {
      console.warn(`could not drop the PostgreSQL test databases a killed run left behind (${error.message})`);
      return [];
    });
    if (dropped.length) console.warn(`dropped ${dropped.length} PostgreSQL test databases a killed run left behind`);
    await admin.raw('create database ??', [name]);
    await markMaker(admin, name);
  } catch (error) {
    console.warn(`PostgreSQL tests migrate a schema each: could not create a template database (${(error as Error).message})`);
    await admin.destroy();
    return null;
  }
  const db = knexFactory({ client: 'pg', connection: databaseUrl(url, name), searchPath: ['public'], pool: { min: 0, max: 1 } });
  try {
    await migrate(db);
  } finally {
    // A template may have no open connection while it is cloned.
    await db.destroy();
  }
  return {
    name,
    async drop() {
      await admin.raw('drop database if exists ?? with (force)', [name]);
      await admin.destroy();
    },
  };
}
