// One way to state an end, shared by the register (the app's formatDeadline), the case page's result sentence and the
// emails' datetime helper: a time in the server's zone, and an end at local midnight as 24:00 of the day before.
import { describe, expect, it } from 'vitest';
import { deadlineText } from '#core/domain/deadline-text';
import { datetimeHelper } from '#core/mail/datetime-helper';

const CASES: { iso: string; timeZone: string; zh: string; en: string }[] = [
  // 2026-12-11 00:00 in Shanghai ends 10 December.
  { iso: '2026-12-10T16:00:00.000Z', timeZone: 'Asia/Shanghai', zh: '2026年12月10日 24:00', en: '10 Dec 2026, end of day' },
  // Seconds past midnight (a window restarted with the time it had left) still read as that midnight.
  { iso: '2026-12-10T16:00:42.000Z', timeZone: 'Asia/Shanghai', zh: '2026年12月10日 24:00', en: '10 Dec 2026, end of day' },
  { iso: '2026-12-11T06:30:00.000Z', timeZone: 'Asia/Shanghai', zh: '2026年12月11日 14:30', en: '11 Dec 2026, 14:30' },
  // The same instant in another server zone is an ordinary time; midnight there is its own day's end.
  { iso: '2026-12-10T16:00:00.000Z', timeZone: 'UTC', zh: '2026年12月10日 16:00', en: '10 Dec 2026, 16:00' },
  { iso: '2026-12-11T00:00:00.000Z', timeZone: 'UTC', zh: '2026年12月10日 24:00', en: '10 Dec 2026, end of day' },
];

describe('the text of an end or deadline', () => {
  it.each(CASES)('writes $iso in $timeZone as "$zh" / "$en"', ({ iso, timeZone, zh, en }) => {
    expect(deadlineText(iso, 'zh-CN', timeZone)).toBe(zh);
    expect(deadlineText(iso, 'en', timeZone)).toBe(en);
  });

  it.each(CASES)('is what the emails’ datetime helper writes for $iso in $timeZone', ({ iso, timeZone, zh, en }) => {
    const helper = datetimeHelper(timeZone);
    expect(helper(iso, 'zh-CN')).toBe(zh);
    expect(helper(iso, 'en')).toBe(en);
  });

  it('gives back what is not a time', () => {
    expect(deadlineText('soon', 'zh-CN', 'Asia/Shanghai')).toBe('soon');
  });
});
