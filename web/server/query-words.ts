// A query string is written by a program or typed into an address bar, never picked from a form's list: "choose one of
// the listed options" and "not in the expected format", the words a form's reader gets, name nothing to choose from.
// A query parameter's refusal says which values it takes, or the format with an example.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import type { FieldError } from '#forms/form-validator';
import { DATE_QUERY, INSTANT_QUERY } from './query-formats';

/** What a date parameter (`YYYY-MM-DD`) that is none is told. */
export const DATE_WORDS: Record<Locale, string> = {
  'zh-CN': '应为日期“年-月-日”，例如 2026-12-04',
  en: 'expected a date as year-month-day, e.g. 2026-12-04',
};

const FORMATS: Readonly<Record<string, Record<Locale, string>>> = {
  [DATE_QUERY.pattern]: DATE_WORDS,
  [INSTANT_QUERY.pattern]: {
    'zh-CN': '应为 ISO 8601 时间（带时区）或日期，例如 2026-12-04T16:00:00+08:00、2026-12-04',
    en: 'expected an ISO 8601 instant with its offset, or a date, e.g. 2026-12-04T16:00:00+08:00 or 2026-12-04',
  },
};

const YES_OR_NO: Record<Locale, string> = { 'zh-CN': '应为 true 或 false（也可写 1 或 0）', en: 'expected true or false (or 1, 0)' };

/** "expected one of: a, b" / "可选值：a、b", for a parameter whose value is none of `values`. */
export const expectedOneOf = (values: readonly unknown[], locale: Locale) =>
  locale === 'en' ? `expected one of: ${values.join(', ')}` : `可选值：${values.join('、')}`;

/** What to say of parameter `name` holding `value` when its schema refuses it: its accepted values when `value` is none
 * of them, its format when `value` is text the format's pattern refuses, or the words a yes/no parameter reads; undefined for any other refusal. */
function queryWording(property: RJSFSchema | undefined, value: unknown, locale: Locale): string | undefined {
  if (!property) return undefined;
  if (property.type === 'boolean' && typeof value !== 'boolean') return YES_OR_NO[locale];
  const choices = property.enum ?? (property.items as RJSFSchema | undefined)?.enum;
  const values = Array.isArray(value) ? value : [value];
  if (choices && values.some((one) => !choices.includes(one as never))) return expectedOneOf(choices, locale);
  const format = property.pattern ? FORMATS[property.pattern] : undefined;
  if (format && typeof value === 'string' && !new RegExp(property.pattern!).test(value)) return format[locale];
  return undefined;
}

/** `problems` of a query (paths `/name` or `?name`), each worded for a caller where its parameter says more. */
export function queryProblemWords(
  schema: RJSFSchema,
  query: Record<string, unknown>,
  problems: FieldError[],
  locale: Locale,
): FieldError[] {
  const properties = (schema.properties ?? {}) as Record<string, RJSFSchema>;
  return problems.map((problem) => {
    const name = problem.path.replace(/^[/?]/, '');
    const words = Object.hasOwn(properties, name) ? queryWording(properties[name], query[name], locale) : undefined;
    return words ? { ...problem, message: words } : problem;
  });
}
