// The `localdate` helper of every message template (email, group-robot Markdown, SMS): a day the message is about — a
// report's day, a digest's — as people name it, "12月7日" / "7 Dec", with its year only when it is not this year in the
// server's zone. The data carries the day as YYYY-MM-DD; a subject showing that form reads as the machine's, not ours.
import { dayText } from '../domain/local-date-text';
import { localDate } from '../domain/zoned-time';

/** The helper for templates rendered in `timeZone`; `now` gives this year (the clock, for tests). */
export function localDateHelper(timeZone: string, now: () => number = Date.now) {
  return (date: unknown, locale: unknown): string =>
    dayText(String(date ?? ''), localDate(now(), timeZone), locale === 'en' ? 'en' : 'zh-CN');
}
