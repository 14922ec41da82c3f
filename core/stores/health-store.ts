// The database's part of GET /healthz (web/server/health/health-routes.ts): the cheapest statement that proves a
// connection can be had from the pool and the server answers. It reads no table, so it says nothing of the schema.
import type { Db } from './db-types';

/** Resolves when the database answers a trivial statement; rejects with the driver's error when it cannot. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.raw('select 1');
}
