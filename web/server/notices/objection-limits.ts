// How often objections may be lodged. Visitors are anonymous, so every well-formed attempt counts against its client
// address, and every attempt at one notice against that notice (so a crowd of addresses cannot keep a window paused
// under review). Counted in the app's database, like sign-ins, so every web replica shares the counts.
import type { Response } from 'express';
import type { Db } from '#core/stores/db-types';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '#core/errors';
import { createDbRateLimiter } from '../session/db-rate-limiter';

/** Objections one client address may lodge within a quarter of an hour. */
export const OBJECTIONS_PER_ADDRESS = 5;
/** Objections one notice accepts within an hour, from all addresses together. */
export const OBJECTIONS_PER_NOTICE = 10;

const tooMany = new AppError(429, 'too_many_objections', {
  'zh-CN': '提交过于频繁，请稍后再试',
  en: 'Too many objections; try again later',
});

/** The two counters; each spends one point, or sets Retry-After on `res` and throws a 429. */
export function createObjectionLimits(db: Db) {
  const perAddress = createDbRateLimiter(db, { keyPrefix: 'objection-ip', points: OBJECTIONS_PER_ADDRESS, duration: 15 * 60 });
  const perNotice = createDbRateLimiter(db, { keyPrefix: 'objection-notice', points: OBJECTIONS_PER_NOTICE, duration: 60 * 60 });
  async function take(limiter: RateLimiterAbstract, key: string, res: Response): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      res.set('Retry-After', String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
      throw tooMany;
    }
  }
  return {
    address: (ip: string, res: Response) => take(perAddress, ip, res),
    notice: (id: number, res: Response) => take(perNotice, String(id), res),
  };
}
