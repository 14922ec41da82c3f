// Query-string formats list routes share, so every filter on a date or an instant reads the same text.
import type { RJSFSchema } from '@rjsf/utils';
import { AppError } from '#core/errors';
import type { Locale } from '#core/domain/locale';
import type { FieldError } from '#forms/form-validator';
import { isCalendarDate } from '#core/domain/zoned-time';
import { PAGE_QUERY_PROPERTIES } from './page-query-properties';
import { MAX_RECORD_ID } from './validate-body';

/** A local calendar date, `YYYY-MM-DD` (in the server's zone; see GET /api/time). */
// Years 1900–2099: a city's records fall there, and a date near 9999 only serves to make day-by-day work run away.
export const DATE_QUERY = {
  type: 'string',
  pattern: '^(19|20)\\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
} as const satisfies RJSFSchema;

/** An instant, ISO 8601 with its offset (`2026-12-04T08:00:00Z`, `2026-12-04T16:00:00+08:00`), or a bare date (UTC midnight). */
export const INSTANT_QUERY = {
  type: 'string',
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
} as const satisfies RJSFSchema;

const CALENDAR_PATTERNS: readonly string[] = [DATE_QUERY.pattern, INSTANT_QUERY.pattern];
const NO_SUCH_DAY = { 'zh-CN': '日历上没有这一天', en: 'no such date on the calendar' };

/** Each date or instant parameter of `query` whose day the calendar does not have (`2026-02-31`, which `Date` would
 * read as 3 March), at `?name`: the patterns check the digits only. A value the pattern refuses is the pattern's. */
export function impossibleQueryDates(schema: RJSFSchema, query: Record<string, unknown>, locale: Locale): FieldError[] {
  const properties = (schema.properties ?? {}) as Record<string, { pattern?: string }>;
  return Object.entries(query).flatMap(([name, value]) => {
    const pattern = properties[name]?.pattern;
    if (typeof value !== 'string' || !pattern || !CALENDAR_PATTERNS.includes(pattern)) return [];
    if (!new RegExp(pattern).test(value) || isCalendarDate(value.slice(0, 10))) return [];
    return [{ path: `?${name}`, message: NO_SUCH_DAY[locale] }];
  });
}

/** A record's id, in a query string or a body: no larger than an id column holds (MAX_RECORD_ID). */
export const RECORD_ID = { type: 'integer', minimum: 1, maximum: MAX_RECORD_ID } as const satisfies RJSFSchema;
/** A positive record id in the query string. */
export const ID_QUERY = RECORD_ID;

/** The query of a list that takes nothing but paging. */
export const PAGE_ONLY_QUERY: RJSFSchema = { type: 'object', properties: { ...PAGE_QUERY_PROPERTIES }, additionalProperties: false };

const BACKWARDS = { 'zh-CN': '开始日期不能晚于结束日期', en: 'The start date must not be after the end date' };

/** 422 `invalid_range` at `?from`: a period that ends before it starts lists nothing, which would read as "no records".
 * The detail says so in `locale`, or is `detail` when given. */
export function backwardsPeriod(locale: Locale, detail?: string): AppError {
  return new AppError(422, 'invalid_range', BACKWARDS, [{ path: '?from', message: detail ?? BACKWARDS[locale] }]);
}
