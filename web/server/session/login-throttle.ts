// Counts failed logins per username and per client address; too many in the window locks further tries.

/** A throttle over failed attempts. */
export interface LoginThrottle {
  /** Milliseconds until `keys` may try again; 0 when they may now. */
  lockedFor(keys: string[], now: number): number;
  fail(keys: string[], now: number): void;
  succeed(keys: string[]): void;
}

/** In-memory throttle: `limit` failures within `windowMs` lock the key for `lockMs`. */
export function createLoginThrottle(limit = 5, windowMs = 15 * 60_000, lockMs = 15 * 60_000): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((at) => now - at < Math.max(windowMs, lockMs));
  return {
    lockedFor(keys, now) {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key, now);
        if (times.length >= limit) wait = Math.max(wait, times[times.length - limit]! + lockMs - now);
      }
      return Math.max(0, wait);
    },
    fail(keys, now) {
      for (const key of keys) failures.set(key, [...recent(key, now), now]);
    },
    succeed(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
