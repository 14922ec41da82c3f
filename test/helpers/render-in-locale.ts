// A page's component rendered to static HTML in one language, as the unit tests of what pages say read it: the
// dictionary's words for `t`, the language's own text for `pick` (tests that read English load its dictionary first).
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Locale } from '#core/domain/locale';
import { I18nContext, type I18n } from '#web/app/src/i18n/i18n-context';
import { translate } from '#web/app/src/i18n/translate';

/** What `useI18n()` gives a component in `locale`. */
export function i18nIn(locale: Locale): I18n {
  return {
    locale,
    setLocale: () => undefined,
    t: (key, params) => translate(locale, key, params),
    pick: (text) => text?.[locale] ?? '',
  };
}

/** `element`'s HTML in `locale`. */
export function renderIn(element: ReactElement, locale: Locale = 'zh-CN'): string {
  return renderToStaticMarkup(createElement(I18nContext.Provider, { value: i18nIn(locale) }, element));
}

/** The words `element` shows in `locale`, its tags as spaces and runs of space as one. */
export function textIn(element: ReactElement, locale: Locale = 'zh-CN'): string {
  return renderIn(element, locale)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}
