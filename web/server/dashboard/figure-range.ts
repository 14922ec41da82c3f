// The dashboard's period from the query string: local dates, inclusive, the last 30 days unless asked otherwise.
import { AppError } from '#core/errors';
import { addDays, localDate } from '#core/domain/working-calendar';
import type { FigureRange } from '#core/dashboard/figure-group';

// Years 1900–2099 (see DATE_QUERY in ../query-formats.ts).
const DATE = /^(19|20)\d{2}-\d{2}-\d{2}$/;
/** The longest period one request may ask for. */
export const MAX_DAYS = 366;

const badRange = (message: { 'zh-CN': string; en: string }) => new AppError(400, 'bad_range', message);

function validDate(value: string): boolean {
  // A well-shaped but impossible date (2026-13-45) is NaN here; toISOString would throw on it.
  const time = Date.parse(`${value}T00:00:00Z`);
  return DATE.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Reads `from`/`to` (YYYY-MM-DD); missing ends default to today and 29 days before it. */
export function figureRange(query: Record<string, unknown>, now: Date, timeZone: string, rowLimit: number): FigureRange {
  const today = localDate(now.getTime(), timeZone);
  const to = typeof query.to === 'string' && query.to ? query.to : today;
  // `to` is checked before the default `from` is computed from it.
  const from = typeof query.from === 'string' && query.from ? query.from : validDate(to) ? addDays(to, -29) : to;
  if (!validDate(from) || !validDate(to)) throw badRange({ 'zh-CN': '日期应为 YYYY-MM-DD 格式', en: 'Dates must look like YYYY-MM-DD' });
  if (from > to) throw badRange({ 'zh-CN': '开始日期不能晚于结束日期', en: 'The start date must not be after the end date' });
  if (addDays(from, MAX_DAYS - 1) < to)
    throw badRange({ 'zh-CN': `日期范围不能超过 ${MAX_DAYS} 天`, en: `The period may span at most ${MAX_DAYS} days` });
  return { from, to, timeZone, rowLimit, now: now.toISOString() };
}
