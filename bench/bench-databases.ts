// What the database benches share: timing a call, p50/p95 of the samples, and running one measurement on a fresh
// SQLite file and then on PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) in a
// throwaway schema that is dropped afterwards.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { createDb } from '#core/db';

/** The median and 95th percentile of `samples`. */
export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** How long `run` took, in milliseconds. */
export async function time(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** Runs `measure` on each database of `databases` ('sqlite', 'postgres') and returns the results in that order; a
 * PostgreSQL that cannot be reached is said on stderr and left out. `file` names the SQLite file. */
export async function onEachDatabase<T>(databases: string[], file: string, measure: (name: string, db: Knex) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  if (databases.includes('sqlite')) {
    const sqlite = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-bench-')), file) });
    results.push(await measure('SQLite', sqlite));
    await sqlite.destroy();
  }
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = knexFactory({ client: 'pg', connection: url });
  try {
    if (!databases.includes('postgres')) throw new Error('not asked for');
    await admin.raw(`create schema ${schema}`);
    const pg = knexFactory({ client: 'pg', connection: url, searchPath: [schema], pool: { min: 1, max: 5 } });
    results.push(await measure('PostgreSQL', pg));
    await pg.destroy();
  } catch (error) {
    console.error(`PostgreSQL part skipped: ${(error as Error).message}`);
  } finally {
    await admin.raw(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await admin.destroy();
  }
  return results;
}
