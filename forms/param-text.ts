// A form's guidance and description may name a process parameter — `{checkInTimes}`, `{days}`, `{deadline}`,
// `{rework.within}` — instead of writing its value: the text is shown with the value of the version it belongs to, so an
// admin who changes the check-in times (and publishes) does not leave guidance that still says the old ones. Numbers,
// local times (HH:mm), time limits ("3 working days" → 3 个工作日) and lists of times or of limits can be named; a
// part of a parameter is named by its path (`{publicity.workingDays}`).
import { parseOffset, parseSla } from '#core/domain/duration';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { slaWords } from './rules/describe-rule';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\}/g;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CJK_END = /[\u4e00-\u9fff]$/;

/** One value of a list, or a value alone, in words; undefined when it is no time or time limit. */
function oneSpoken(value: unknown, locale: Locale): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (LOCAL_TIME.test(value)) return value;
  if (parseSla(value)) return slaWords(value, locale);
  // A reminder "0 minutes" before a deadline (an offset, which may be zero; no time limit is).
  return parseOffset(value) === 0 ? (locale === 'en' ? '0 minutes' : '0 分钟') : undefined;
}

/** `value` as a reader of `locale` reads it in a sentence; undefined when it cannot be said. */
function spoken(value: unknown, locale: Locale): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (!Array.isArray(value)) return oneSpoken(value, locale);
  const words = value.map((item) => oneSpoken(item, locale));
  if (!words.length || words.some((word) => word === undefined)) return undefined;
  const [last, rest] = [words.at(-1)!, words.slice(0, -1) as string[]];
  if (!rest.length) return last;
  if (locale === 'en') return `${rest.join(', ')} and ${last}`;
  // 08:00 和 16:00, but 2 天和 2 小时: no space between two Chinese characters.
  const before = rest.join('、');
  return `${before}${CJK_END.test(before) ? '' : ' '}和 ${last}`;
}

/** The value at a dotted path of `params` (`rework.within`, `escalation.2.after`). */
function at(params: Record<string, unknown>, path: string): unknown {
  let value: unknown = params;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The placeholders in `text` that name no parameter of `params` that can be shown (the definition check refuses them). */
export function unknownParamNames(text: string, params: Record<string, unknown>): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((name) => spoken(at(params, name), 'zh-CN') === undefined);
}

/** `text` with each `{name}` replaced by the value of that parameter in each language; an unknown name is left as written. */
export function withParams(text: LocalizedText, params: Record<string, unknown>): LocalizedText {
  const fill = (locale: Locale) => text[locale].replace(PLACEHOLDER, (whole, name: string) => spoken(at(params, name), locale) ?? whole);
  return { 'zh-CN': fill('zh-CN'), en: fill('en') };
}
