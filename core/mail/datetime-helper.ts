// The `datetime` helper of every message template (email, group-robot Markdown, SMS): a time in the server's zone in
// the reader's language. A time at local midnight is a deadline at the end of the day before ("not overnight"), so it
// reads "2026年12月8日 24:00" / "8 Dec 2026, end of day", not as the next day's 00:00.
import { deadlineText } from '../domain/deadline-text';
import { isLocalMidnight } from '../domain/zoned-time';

// An SMS has no room for a year; the full form is core/domain/deadline-text's, as every page states an end.
const SHORT = {
  time: { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { month: 'numeric', day: 'numeric' },
} as const satisfies Record<'time' | 'day', Intl.DateTimeFormatOptions>;

/** The helper for templates rendered in `timeZone`: `full` (date and time) or `short` (month, day and time, for SMS). */
export function datetimeHelper(timeZone: string, form: 'full' | 'short' = 'full') {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const formatter = (tag: string, part: 'time' | 'day') => {
    let made = formatters.get(`${tag}|${part}`);
    if (!made) formatters.set(`${tag}|${part}`, (made = new Intl.DateTimeFormat(tag, { ...SHORT[part], timeZone })));
    return made;
  };
  return (iso: unknown, locale: unknown): string => {
    const date = new Date(String(iso));
    if (Number.isNaN(date.getTime())) return String(iso ?? '');
    if (form === 'full') return deadlineText(date.toISOString(), locale === 'en' ? 'en' : 'zh-CN', timeZone);
    const tag = locale === 'en' ? 'en-GB' : 'zh-CN';
    // To the minute, as it is shown: a deadline restarted after a return lands seconds past midnight.
    const minute = date.getTime() - (date.getTime() % 60_000);
    if (!isLocalMidnight(minute, timeZone)) return formatter(tag, 'time').format(date);
    const dayBefore = formatter(tag, 'day').format(new Date(minute - 1));
    return `${dayBefore} 24:00`;
  };
}
