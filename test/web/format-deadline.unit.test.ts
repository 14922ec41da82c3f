// A deadline at midnight in the server's zone ends the day before: "2026年12月8日 24:00" / "8 Dec 2026, end of day",
// not "2026年12月9日 00:00"; any other deadline reads as any other time.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatDeadline } from '#web/app/src/format/format-date-time';
import { adoptServerTimeZone } from '#web/app/src/format/server-time-zone';

describe('formatDeadline', () => {
  beforeAll(() => adoptServerTimeZone('Asia/Shanghai'));

  it('writes a deadline at local midnight as the end of the day before, in both languages', () => {
    const midnight = '2026-12-08T16:00:00.000Z'; // 2026-12-09 00:00 in Shanghai
    expect(formatDeadline(midnight, 'zh-CN')).toBe('2026年12月8日 24:00');
    expect(formatDeadline(midnight, 'en')).toBe('8 Dec 2026, end of day');
    expect(formatDateTime(midnight, 'zh-CN')).toContain('12月9日');
  });

  it('writes any other deadline as formatDateTime does', () => {
    for (const iso of ['2026-12-08T09:00:00.000Z', '2026-12-08T16:00:01.000Z', '2026-12-08T15:59:00.000Z', 'not a time']) {
      for (const locale of ['zh-CN', 'en'] as const) expect(formatDeadline(iso, locale)).toBe(formatDateTime(iso, locale));
    }
  });
});
