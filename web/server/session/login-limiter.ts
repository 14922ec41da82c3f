// Sign-in throttling, counted before the password is checked so that parallel guesses cannot all be tried (an address
// as client-address.ts's limitedAddress counts it: an IPv6 address by its /64 network):
// - per account and address: 5 attempts a quarter of an hour, then that address waits for that account; someone
//   guessing elsewhere never locks the real user out;
// - per address: a looser limit over every account, against one address spraying many usernames;
// - per account from addresses it has never signed in from: against guesses spread over many addresses, with a
//   block that doubles each time (1, 2, 4 … 60 minutes) instead of a fixed lock anyone could keep triggering.
import { englishCount } from '#core/domain/english-count';
import type { LocalizedText } from '#core/domain/locale';
import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '#core/errors';
import type { Database } from '#core/stores/db-types';
import { sweepRateLimits } from '#core/stores/rate-limit-store';
import { limitedAddress } from './client-address';
import { createDbRateLimiter } from './db-rate-limiter';

const QUARTER_HOUR = 15 * 60;
/** Attempts one address may make at one account per quarter of an hour. */
export const ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = 5;
/** Attempts one address may make at all accounts together per quarter of an hour. */
export const ATTEMPTS_PER_ADDRESS = 50;
/** Attempts per hour at one account from addresses it has not signed in from, before the growing block. */
export const ATTEMPTS_PER_ACCOUNT = 20;
const FIRST_BLOCK_SECONDS = 60;
const LONGEST_BLOCK_SECONDS = 3600;
const KNOWN_ADDRESS_SECONDS = 30 * 86_400;
const SWEEP_EVERY_MS = 10 * 60_000;

/** The account as the limiter's stored keys name it: a digest of the name as typed, lower-cased. What is typed into the
 * username box is sometimes a password; the counts need only tell equal names apart, so the text is not kept. */
export function limiterAccountKey(username: string): string {
  return createHash('sha256').update(username.toLowerCase()).digest('base64url').slice(0, 22);
}

/** Decides whether a sign-in attempt may go ahead. */
export interface LoginLimiter {
  /** Counts the attempt; 0 when it may go ahead, else the milliseconds to wait. */
  admit(username: string, address: string): Promise<number>;
  /** After a correct password: clears this address's count for the account and remembers the address. */
  succeeded(username: string, address: string): Promise<void>;
}

/** The 429 answer, with the wait in whole minutes after what was tried too often (`what`, in both languages). */
export function tooManyAttempts(waitMs: number, what: LocalizedText = SIGN_INS): AppError {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new AppError(429, 'too_many_attempts', {
    'zh-CN': `${what['zh-CN']}，请 ${minutes} 分钟后再试`,
    en: `${what.en}; try again in ${englishCount(minutes, 'minute')}`,
  });
}

const SIGN_INS: LocalizedText = { 'zh-CN': '登录尝试过于频繁', en: 'Too many sign-in attempts' };

/** Rejections carry the wait; anything else (the database failing) is a real error and refuses the attempt. */
async function waitOf(consume: Promise<unknown>): Promise<number> {
  try {
    await consume;
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, rejection.msBeforeNext);
    throw rejection;
  }
}

/** The limiters of the sign-in route, stored in the app's database. */
export function createLoginLimiter(db: Database): LoginLimiter {
  const byAddress = createDbRateLimiter(db, {
    keyPrefix: 'login_ip',
    points: ATTEMPTS_PER_ADDRESS,
    duration: QUARTER_HOUR,
    blockDuration: QUARTER_HOUR,
  });
  const byAccountAndAddress = createDbRateLimiter(db, {
    keyPrefix: 'login_user_ip',
    points: ATTEMPTS_PER_ACCOUNT_AND_ADDRESS,
    duration: QUARTER_HOUR,
    blockDuration: QUARTER_HOUR,
  });
  const byAccount = createDbRateLimiter(db, { keyPrefix: 'login_user', points: ATTEMPTS_PER_ACCOUNT, duration: 3600 });
  // How often the account was blocked lately: each block lasts twice the one before.
  const accountBlocks = createDbRateLimiter(db, { keyPrefix: 'login_user_blocks', points: 1000, duration: 86_400 });
  const knownAddresses = createDbRateLimiter(db, { keyPrefix: 'login_known', points: 1, duration: KNOWN_ADDRESS_SECONDS });
  let sweptAt = 0;

  const consumeAccount = async (account: string): Promise<number> => {
    try {
      await byAccount.consume(account);
      return 0;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // Only the attempt that crossed the limit sets the block; the others wait for it.
      if (rejection.consumedPoints !== ATTEMPTS_PER_ACCOUNT + 1) return Math.max(1, rejection.msBeforeNext);
      const blocks = (await accountBlocks.penalty(account)).consumedPoints;
      const seconds = Math.min(FIRST_BLOCK_SECONDS * 2 ** (blocks - 1), LONGEST_BLOCK_SECONDS);
      await byAccount.block(account, seconds);
      return seconds * 1000;
    }
  };

  return {
    async admit(username, typedFrom) {
      if (Date.now() - sweptAt > SWEEP_EVERY_MS) {
        sweptAt = Date.now();
        await sweepRateLimits(db);
      }
      const address = limitedAddress(typedFrom);
      const account = limiterAccountKey(username);
      const pair = `${account}|${address}`;
      const addressWait = await waitOf(byAddress.consume(address));
      if (addressWait > 0) return addressWait;
      const pairWait = await waitOf(byAccountAndAddress.consume(pair));
      if (pairWait > 0) return pairWait;
      if (await knownAddresses.get(pair)) return 0;
      return consumeAccount(account);
    },
    async succeeded(username, typedFrom) {
      const address = limitedAddress(typedFrom);
      const account = limiterAccountKey(username);
      const pair = `${account}|${address}`;
      await byAccountAndAddress.delete(pair);
      // The user's own attempts do not count against their address or account.
      await byAddress.reward(address);
      if (!(await knownAddresses.get(pair))) await byAccount.reward(account);
      await knownAddresses.set(pair, 1, KNOWN_ADDRESS_SECONDS);
    },
  };
}
