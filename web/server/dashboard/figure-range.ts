// The dashboard's period from the query string: local dates, inclusive, the last 30 days unless asked otherwise.
import { AppError } from '#core/errors';
import type { Locale } from '#core/domain/locale';
import { addDays, localDate } from '#core/domain/working-calendar';
import type { FigureRange } from '#core/dashboard/figure-group';
import { backwardsPeriod } from '../query-formats';
import { DATE_WORDS } from '../query-words';
import { invalidBody } from '../route-contract';

// Years 1900–2099 (see DATE_QUERY in ../query-formats.ts).
const DATE = /^(19|20)\d{2}-\d{2}-\d{2}$/;
/** The longest period one request may ask for. */
export const MAX_DAYS = 366;

const TOO_LONG = { 'zh-CN': `日期范围不能超过 ${MAX_DAYS} 天`, en: `The period may span at most ${MAX_DAYS} days` };

function validDate(value: string): boolean {
  // A well-shaped but impossible date (2026-13-45) is NaN here; toISOString would throw on it.
  const time = Date.parse(`${value}T00:00:00Z`);
  return DATE.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Reads `from`/`to` (YYYY-MM-DD); missing ends default to today and 29 days before it. A refusal is a 422 at the
 * parameter (`?from`, `?to`), as every other list's period is: it was a 400 `bad_range` naming neither, a status the API
 * description gives these routes nowhere. */
export function figureRange(query: Record<string, unknown>, now: Date, timeZone: string, rowLimit: number, locale: Locale): FigureRange {
  const today = localDate(now.getTime(), timeZone);
  const to = typeof query.to === 'string' && query.to ? query.to : today;
  // `to` is checked before the default `from` is computed from it.
  const from = typeof query.from === 'string' && query.from ? query.from : validDate(to) ? addDays(to, -29) : to;
  const malformed = [...(validDate(from) || !query.from ? [] : ['from']), ...(validDate(to) ? [] : ['to'])];
  if (malformed.length) throw invalidBody(malformed.map((name) => ({ path: `?${name}`, message: DATE_WORDS[locale] })));
  if (from > to) throw backwardsPeriod(locale);
  if (addDays(from, MAX_DAYS - 1) < to) throw new AppError(422, 'invalid_range', TOO_LONG, [{ path: '?from', message: TOO_LONG[locale] }]);
  return { from, to, timeZone, rowLimit, now: now.toISOString() };
}
