// A form's guidance and description may name a process parameter — `{checkInTimes}`, `{days}`, `{deadline}` — instead
// of writing its value: the text is shown with the value of the version it belongs to, so an admin who changes the
// check-in times (and publishes) does not leave guidance that still says the old ones. Only values that read the same
// in both languages are named this way: numbers, local times (HH:mm) and lists of them.
import type { Locale, LocalizedText } from '#core/domain/locale';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `value` as a reader of `locale` reads it in a sentence; undefined when it is no number, time or list of times. */
function spoken(value: unknown, locale: Locale): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && LOCAL_TIME.test(value)) return value;
  if (!Array.isArray(value) || !value.length || !value.every((item) => typeof item === 'string' && LOCAL_TIME.test(item))) return undefined;
  const times = value as string[];
  if (times.length === 1) return times[0];
  const [last, ...rest] = [times.at(-1)!, ...times.slice(0, -1)];
  return locale === 'en' ? `${rest.join(', ')} and ${last}` : `${rest.join('、')} 和 ${last}`;
}

/** The placeholders in `text` that name no parameter of `params` that can be shown (the definition check refuses them). */
export function unknownParamNames(text: string, params: Record<string, unknown>): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((name) => spoken(params[name], 'zh-CN') === undefined);
}

/** `text` with each `{name}` replaced by the value of `params[name]` in each language; an unknown name is left as written. */
export function withParams(text: LocalizedText, params: Record<string, unknown>): LocalizedText {
  const fill = (locale: Locale) =>
    text[locale].replace(PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(params, name) ? (spoken(params[name], locale) ?? whole) : whole,
    );
  return { 'zh-CN': fill('zh-CN'), en: fill('en') };
}
