// The time limits and durations the parameter editor offers as choices, and how each reads in either language. The
// values are in the one grammar of core/domain/duration.ts (the test checks each against its pattern).
import type { Locale } from '#core/domain/locale';

/** The kinds of time value a parameter takes. */
export type TimeKind = 'sla' | 'duration' | 'offset' | 'when';

/** Values offered first for each kind; anything else in the grammar may still be typed. */
export const TIME_CHOICES: Record<TimeKind, readonly string[]> = {
  sla: ['2 hours', '4 hours', '8 hours', 'end-of-day', '1 day', '1 working day', '2 working days', '3 working days', '5 working days'],
  duration: ['30 minutes', '1 hour', '2 hours', '4 hours', '1 day', '2 days', '3 days'],
  offset: ['0 minutes', '30 minutes', '1 hour', '2 hours', '1 day', '2 days'],
  when: ['09:00', '15:00', '17:00', '0 minutes', '30 minutes', '2 hours', '1 day', '2 days'],
};

const UNIT_WORDS: Record<string, [string, string, string]> = {
  minute: ['分钟', 'minute', 'minutes'],
  minutes: ['分钟', 'minute', 'minutes'],
  hour: ['小时', 'hour', 'hours'],
  hours: ['小时', 'hour', 'hours'],
  day: ['天', 'day', 'days'],
  days: ['天', 'day', 'days'],
};

/** How a time value reads: "4 小时" / "4 hours", "当天结束前" / "end of day", "2 个工作日" / "2 working days". */
export function timeWords(value: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (/^end-of-day$/i.test(value)) return zh ? '当天结束前（当地 24:00）' : 'end of day (local 24:00)';
  const working = /^(\d+) working days?$/.exec(value);
  if (working) return zh ? `${working[1]} 个工作日` : `${working[1]} working day${working[1] === '1' ? '' : 's'}`;
  if (/^\d\d:\d\d$/.test(value)) return zh ? `当天 ${value}` : `at ${value}`;
  const plain = /^(\d+(?:\.\d+)?) ([a-z]+)$/.exec(value);
  const unit = plain && UNIT_WORDS[plain[2]!];
  if (!plain || !unit) return value;
  if (zh) return plain[1] === '0' ? '到点即时' : `${plain[1]} ${unit[0]}`;
  return `${plain[1]} ${plain[1] === '1' ? unit[1] : unit[2]}`;
}
