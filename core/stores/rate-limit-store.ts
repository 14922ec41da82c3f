// The `rate_limits` table that rate-limiter-flexible's stores count in (web/server/session/db-rate-limiter.ts): the
// library writes the counters itself; what is ours is the sweep of counters long ended.
import type { Db } from './db-types';

/** The table every limiter shares; keys carry each limiter's prefix. */
export const RATE_LIMIT_TABLE = 'rate_limits';

/** Deletes counters that ended over an hour ago; callers run it now and then instead of a timer per limiter. */
export async function sweepRateLimits(db: Db, now = Date.now()): Promise<void> {
  await db(RATE_LIMIT_TABLE)
    .where('expire', '<', now - 3_600_000)
    .delete();
}
