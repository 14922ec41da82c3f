// Waits are said in English as people write them: "1 minute", "15 minutes", never "15 minute(s)".
import { describe, expect, it } from 'vitest';
import { englishCount } from '#core/domain/english-count';
import { tooManyAttempts } from '#web/server/session/login-limiter';

describe('a count in English', () => {
  it('is singular for one and plural otherwise', () => {
    expect([0, 1, 2, 15].map((n) => englishCount(n, 'minute'))).toEqual(['0 minutes', '1 minute', '2 minutes', '15 minutes']);
    expect(englishCount(1, 'hour')).toBe('1 hour');
  });

  it('says the sign-in wait in whole minutes, one or many', () => {
    expect(tooManyAttempts(20_000).text).toEqual({
      'zh-CN': '登录尝试过于频繁，请 1 分钟后再试',
      en: 'Too many sign-in attempts; try again in 1 minute',
    });
    expect(tooManyAttempts(14.5 * 60_000).text.en).toBe('Too many sign-in attempts; try again in 15 minutes');
  });
});
