// How many METRICS_TOKEN guesses one address may make, counted like sign-in attempts (login-limiter.ts): in the app's
// database, so every web replica shares the counts, and by client-address.ts's limitedAddress (an IPv6 address by its
// /64 network). Each request that carries a token spends a point before the token is compared, so parallel guesses are
// refused rather than all tried; a right token gives its point back, so Prometheus scraping every few seconds never
// reaches the limit.
import type { Request, Response } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { recordAudit } from '#core/stores/audit-store';
import type { Database } from '#core/stores/db-types';
import { clientAddress, limitedAddress } from '../session/client-address';
import { createDbRateLimiter } from '../session/db-rate-limiter';
import { tooManyAttempts } from '../session/login-limiter';

/** Wrong tokens one address may present within a quarter of an hour, before it waits out the quarter. */
export const METRICS_GUESSES_PER_ADDRESS = 10;
const QUARTER_HOUR = 15 * 60;

const WRONG_TOKENS = { 'zh-CN': '监控令牌错误次数过多', en: 'Too many wrong metrics tokens' };

/** The limiter of the token-protected /metrics route. */
export function createMetricsTokenLimits(db: Database) {
  const byAddress = createDbRateLimiter(db, {
    keyPrefix: 'metrics_ip',
    points: METRICS_GUESSES_PER_ADDRESS,
    duration: QUARTER_HOUR,
    blockDuration: QUARTER_HOUR,
  });
  const keyOf = (req: Request) => limitedAddress(clientAddress(req.ip)) || 'unknown';
  return {
    /** Spends the request's point; over the limit, audits the refusal, sets Retry-After and throws the 429. */
    async admit(req: Request, res: Response): Promise<void> {
      try {
        await byAddress.consume(keyOf(req));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        // One entry per refused guess, as for sign-in: IT sees how many came from which address.
        await recordAudit(db, {
          actorId: null,
          actorRole: null,
          action: 'metrics.token_throttled',
          targetType: 'metrics',
          targetId: '/metrics',
          summary: { clientIp: clientAddress(req.ip), retryAfterSeconds },
          requestId: req.requestId,
        });
        res.set('Retry-After', String(retryAfterSeconds));
        throw tooManyAttempts(rejection.msBeforeNext, WRONG_TOKENS);
      }
    },
    /** After the right token: the scrape does not count against its address. */
    async succeeded(req: Request): Promise<void> {
      await byAddress.reward(keyOf(req));
    },
  };
}
