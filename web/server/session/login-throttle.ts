// Counts failed sign-ins per username and per client address in the DB (so every web replica sees them);
// `limit` failures within `windowMs` lock that key until the oldest of them leaves the window.
import type { Knex } from 'knex';

/** A throttle over failed attempts. */
export interface LoginThrottle {
  /** Milliseconds until `key` may try again; 0 when it may now. */
  lockedFor(key: string, now: Date): Promise<number>;
  fail(key: string, now: Date): Promise<void>;
  succeed(key: string): Promise<void>;
}

/** A DB-backed throttle. */
export function createLoginThrottle(db: Knex, limit: number, windowMs = 15 * 60_000): LoginThrottle {
  return {
    async lockedFor(key, now) {
      const since = new Date(now.getTime() - windowMs).toISOString();
      const recent = await db('login_failures').where('key', key).andWhere('at', '>', since).orderBy('at', 'desc').limit(limit).pluck('at');
      if (recent.length < limit) return 0;
      return Math.max(0, new Date(recent[limit - 1] as string).getTime() + windowMs - now.getTime());
    },
    async fail(key, now) {
      await db('login_failures').insert({ key, at: now.toISOString() });
      await db('login_failures')
        .where('at', '<', new Date(now.getTime() - windowMs).toISOString())
        .delete();
    },
    async succeed(key) {
      await db('login_failures').where('key', key).delete();
    },
  };
}
