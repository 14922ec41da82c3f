// Rate limiters on the app's own database (every web replica shares the counts): rate-limiter-flexible's SQLite and
// PostgreSQL stores over the knex instance, in the `rate_limits` table that migration 0013 creates. Their upserts are
// atomic, so parallel requests cannot all read "not yet over the limit" before any of them counts.
import { RateLimiterPostgres, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from '#core/stores/db-types';
import { RATE_LIMIT_TABLE } from '#core/stores/rate-limit-store';

/** What a limiter counts: `points` attempts per `duration` seconds, then `blockDuration` seconds refused (0: until the window ends). */
export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
  blockDuration?: number;
}

type SQLiteInternals = {
  _upsertTransactionSQLite3(conn: object, query: string, params: unknown[]): Promise<unknown>;
  _releaseConnection(conn: object): void;
};
type SQLiteOptions = ConstructorParameters<typeof RateLimiterSQLite>[0];
const SQLiteBase = RateLimiterSQLite as unknown as new (options: SQLiteOptions) => RateLimiterSQLite & SQLiteInternals;

// rate-limiter-flexible 11.4 gives the pooled knex connection back before its SQLite upsert has run (a `return` of
// the pending promise inside try/finally). SQLite's pool is one connection, so a knex transaction begun meanwhile
// fails with "cannot start a transaction within a transaction". Keep the connection until the upsert has finished.
class HeldConnectionSQLiteLimiter extends SQLiteBase {
  private readonly held = new WeakSet<object>();

  override _upsertTransactionSQLite3(conn: object, query: string, params: unknown[]): Promise<unknown> {
    this.held.add(conn);
    return super._upsertTransactionSQLite3(conn, query, params).finally(() => {
      this.held.delete(conn);
      super._releaseConnection(conn);
    });
  }

  override _releaseConnection(conn: object): void {
    if (!this.held.has(conn)) super._releaseConnection(conn);
  }
}

/** A limiter stored in the app's database, whichever of SQLite or PostgreSQL it is. */
export function createDbRateLimiter(db: Database, options: LimiterOptions): RateLimiterAbstract {
  // The table comes from a migration; the libraries' own expiry timers would outlive a closed database in tests.
  const store = { storeClient: db, storeType: 'knex', tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false };
  return db.client.config.client === 'pg'
    ? new RateLimiterPostgres({ ...store, ...options })
    : new HeldConnectionSQLiteLimiter({ ...store, ...options });
}
