// The current language and its translator, shared by every component.
import { createContext } from 'react';
import { DEFAULT_LOCALE, type Locale, type LocalizedText } from '#core/domain/locale';
import { translate, type MessageParams } from './translate';
import type { MessageKey } from './zh-cn-messages';

/** What components get from `useI18n()`. */
export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** Translates a dictionary key. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Picks the current language's text out of server data such as form titles. */
  pick: (text: LocalizedText | null | undefined) => string;
}

/** Context carrying the `I18n` value; the default serves components rendered outside the provider (tests). */
export const I18nContext = createContext<I18n>({
  locale: DEFAULT_LOCALE,
  setLocale: () => undefined,
  t: (key, params) => translate(DEFAULT_LOCALE, key, params),
  pick: (text) => text?.[DEFAULT_LOCALE] ?? '',
});
