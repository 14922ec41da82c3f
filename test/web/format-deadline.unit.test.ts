// A deadline at midnight in the server's zone ends the day before: "2026年12月8日 24:00" / "8 Dec 2026, end of day",
// not "2026年12月9日 00:00" — also one a few seconds past it, as a deadline restarted after a return and answer lands
// (the clock stops while the enterprise answers); any other deadline reads as any other time. Local dates (a visit's
// day, an evaluation period) read as the app writes dates, not as ISO.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDeadline } from '#web/app/src/format/format-date-time';
import { adoptServerTimeZone } from '#web/app/src/format/server-time-zone';
import { migrationDate } from '#web/app/src/pages/admin/system-page';

describe('formatDeadline', () => {
  beforeAll(() => adoptServerTimeZone('Asia/Shanghai'));

  it('writes a deadline at local midnight as the end of the day before, in both languages', () => {
    const midnight = '2026-12-08T16:00:00.000Z'; // 2026-12-09 00:00 in Shanghai
    expect(formatDeadline(midnight, 'zh-CN')).toBe('2026年12月8日 24:00');
    expect(formatDeadline(midnight, 'en')).toBe('8 Dec 2026, end of day');
    expect(formatDateTime(midnight, 'zh-CN')).toContain('12月9日');
  });

  it.each([
    ['a second', '2026-12-06T16:00:01.000Z'],
    ['half a minute', '2026-12-06T16:00:30.250Z'],
    ['59 seconds', '2026-12-06T16:00:59.999Z'],
  ])('writes a deadline restarted %s past midnight as the same end of day, not as the next day 00:00', (_late, iso) => {
    expect(formatDeadline(iso, 'zh-CN')).toBe('2026年12月6日 24:00');
    expect(formatDeadline(iso, 'en')).toBe('6 Dec 2026, end of day');
    expect(formatDeadline(iso, 'zh-CN')).toBe(formatDeadline('2026-12-06T16:00:00.000Z', 'zh-CN'));
  });

  it('writes any other deadline as formatDateTime does', () => {
    for (const iso of ['2026-12-08T09:00:00.000Z', '2026-12-08T16:01:00.000Z', '2026-12-08T15:59:59.999Z', 'not a time']) {
      for (const locale of ['zh-CN', 'en'] as const) expect(formatDeadline(iso, locale)).toBe(formatDateTime(iso, locale));
    }
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-01-01', 'zh-CN', '2026年1月1日'],
    ['2026-01-01', 'en', '1 Jan 2026'],
    ['2026-12-06', 'zh-CN', '2026年12月6日'],
    ['2026-12-06', 'en', '6 Dec 2026'],
  ] as const)('writes the local date %s in %s as %s, whatever the zone', (date, locale, shown) => {
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      adoptServerTimeZone(zone);
      expect(formatDate(date, locale)).toBe(shown);
    }
  });

  it('leaves what is not a date as given', () => {
    expect(formatDate('', 'zh-CN')).toBe('');
    expect(formatDate('2026-13-45', 'en')).toBe('2026-13-45');
  });

  it('writes the day of the latest migration on the system page as a date, not 2026-12-06', () => {
    expect(migrationDate('20261206-0063-audit-pending.ts', 'zh-CN')).toBe('2026年12月6日');
    expect(migrationDate('20261206-0063-audit-pending.ts', 'en')).toBe('6 Dec 2026');
    expect(migrationDate(null, 'en')).toBeNull();
  });
});
