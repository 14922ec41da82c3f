/** The languages the product speaks; zh-CN first. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** One of the supported languages. */
export type Locale = (typeof LOCALES)[number];

/** The language used when a request does not ask for one. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Text in every supported language. */
export type LocalizedText = Record<Locale, string>;

/** Picks a supported locale from an Accept-Language style value, falling back to zh-CN. */
export function pickLocale(value: string | undefined | null): Locale {
  if (!value) return DEFAULT_LOCALE;
  const first = value.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
