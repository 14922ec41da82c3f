// A value of a definition in a few words for the version diff: a time limit as the params editor words it, a choice by
// its title, yes/no, text in quotes, anything bigger as short JSON.
import type { Locale } from '#core/domain/locale';
import { CHOICE_TEXTS } from '#forms/process-type-texts';
import { CHANGE_WORDS } from './definition-change-words';
import { timeWords } from './params/duration-words';

const DURATION = /^(end-of-day|\d+(?:\.\d+)? (?:minutes?|hours?|days?|working days?))$/;
const LIMIT = 60;

const isLocalized = (value: unknown): value is Record<Locale, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => (key === 'zh-CN' || key === 'en') && typeof text === 'string');

/** True for a value shown whole (not walked into): a scalar, a text in both languages or a list of scalars. */
export function isLeaf(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every((item) => typeof item !== 'object' || item === null);
  return isLocalized(value);
}

/** `value` in a few words of `locale`; "（空）" / "(empty)" for nothing. */
export function shortValue(value: unknown, locale: Locale): string {
  const words = CHANGE_WORDS[locale];
  if (value === undefined || value === null || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (DURATION.test(value)) return timeWords(value, locale);
    return CHOICE_TEXTS[value]?.[locale] ?? words.quote(value);
  }
  if (isLocalized(value)) return words.quote(value[locale] ?? Object.values(value)[0] ?? '');
  if (Array.isArray(value) && isLeaf(value))
    return value.length ? value.map((item) => shortValue(item, locale)).join(words.sep) : words.none;
  const json = JSON.stringify(value);
  return json.length > LIMIT ? `${json.slice(0, LIMIT - 1)}…` : json;
}

/**
 * A changed value's before and after in words of `locale`. A text in both languages whose `locale` side reads the same
 * is shown by its other side, marked as such (英文：「A」 → 「B」), so the line never reads 「甲」 → 「甲」.
 */
export function shortChange(before: unknown, after: unknown, locale: Locale): [string, string] {
  if (isLocalized(before) && isLocalized(after) && before[locale] === after[locale]) {
    const words = CHANGE_WORDS[locale];
    const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
    const side = (text: Record<Locale, string>) => (text[other] ? words.quote(text[other]) : words.none);
    return [`${words.otherLanguage}${side(before)}`, side(after)];
  }
  return [shortValue(before, locale), shortValue(after, locale)];
}
