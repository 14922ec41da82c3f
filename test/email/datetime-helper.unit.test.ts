// Message templates' `datetime`: a time in the server's zone in the reader's language; local midnight — a deadline —
// as the end of the day before, in emails and robot posts ("2026年12月8日 24:00") and in SMS ("12/8 24:00").
import { describe, expect, it } from 'vitest';
import { datetimeHelper } from '#core/mail/datetime-helper';
import { isLocalMidnight } from '#core/domain/zoned-time';

const MIDNIGHT = '2026-12-08T16:00:00.000Z'; // 2026-12-09 00:00 in Shanghai
const MORNING = '2026-12-09T01:30:00.000Z'; // 09:30 there

describe('datetime helper', () => {
  const full = datetimeHelper('Asia/Shanghai');
  const short = datetimeHelper('Asia/Shanghai', 'short');

  it('writes local midnight as the end of the day before, in every form and language', () => {
    expect(full(MIDNIGHT, 'zh-CN')).toBe('2026年12月8日 24:00');
    expect(full(MIDNIGHT, 'en')).toBe('8 Dec 2026, end of day');
    expect(short(MIDNIGHT, 'zh-CN')).toBe('12/8 24:00');
    expect(short(MIDNIGHT, 'en')).toBe('08/12 24:00');
  });

  it('writes any other time as it is, and what is not a time as given', () => {
    expect(full(MORNING, 'zh-CN')).toBe('2026年12月9日 09:30');
    expect(full(MORNING, 'en')).toBe('9 Dec 2026, 09:30');
    expect(short(MORNING, 'zh-CN')).toBe('12/9 09:30');
    expect(full('2026-12-08T16:01:00.000Z', 'zh-CN')).toBe('2026年12月9日 00:01');
    expect(full('soon', 'zh-CN')).toBe('soon');
    expect(full(undefined, 'zh-CN')).toBe('');
  });

  it('writes a deadline seconds past midnight (restarted after a return) as that same end of day, as shown to the minute', () => {
    expect(full('2026-12-08T16:00:00.001Z', 'zh-CN')).toBe('2026年12月8日 24:00');
    expect(full('2026-12-08T16:00:42.000Z', 'en')).toBe('8 Dec 2026, end of day');
    expect(short('2026-12-08T16:00:59.999Z', 'zh-CN')).toBe('12/8 24:00');
  });

  it('reads midnight in the zone it is given', () => {
    expect(isLocalMidnight(MIDNIGHT, 'Asia/Shanghai')).toBe(true);
    expect(isLocalMidnight(MIDNIGHT, 'UTC')).toBe(false);
    expect(datetimeHelper('UTC')(MIDNIGHT, 'zh-CN')).toBe('2026年12月8日 16:00');
  });
});
