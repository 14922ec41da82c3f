// The chosen language survives reloads in localStorage; without a choice the app speaks zh-CN (DESIGN §3).
import { DEFAULT_LOCALE, LOCALES, type Locale } from '#core/domain/locale';

const STORAGE_KEY = 'fugong.locale';

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Reads and writes the user's language choice. */
export const localeStore = {
  load(): Locale {
    try {
      const stored = window.localStorage.getItem(STORAGE_KEY);
      if (isLocale(stored)) return stored;
    } catch {
      // Storage can be disabled (private mode, policies); the default is fine then.
    }
    return DEFAULT_LOCALE;
  },
  save(locale: Locale): void {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Not persisting is acceptable; the switch still works for this visit.
    }
  },
};
