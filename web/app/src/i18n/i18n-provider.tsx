// Holds the language, persists the choice, and keeps <html lang> and the API's Accept-Language in step.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '#core/domain/locale';
import { requestState } from '../api/request-state';
import { I18nContext, type I18n } from './i18n-context';
import { loadDictionary } from './loaded-dictionaries';
import { localeStore } from './locale-store';
import { translate } from './translate';

function apply(locale: Locale): void {
  requestState.locale = locale;
  document.documentElement.lang = locale;
  document.title = translate(locale, 'app.name');
}

/** Provides `useI18n()` to the app; main.tsx loads the stored language's dictionary before the first render. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = localeStore.load();
    apply(initial);
    return initial;
  });

  const queryClient = useQueryClient();
  const value = useMemo<I18n>(
    () => ({
      locale,
      // The language changes once its dictionary is here (English is a chunk of its own): no moment of raw keys.
      // Kept as the choice only once it could be shown: a dictionary that cannot load (no signal, and the chunk not on
      // the phone) leaves the language as it was rather than a choice the next visit cannot honour either.
      setLocale: (next) => {
        void loadDictionary(next).then(
          () => {
            localeStore.save(next);
            apply(next);
            setLocaleState(next);
            // Answers the server worded in the old language (a case's status, a task's summary) are read again in the
            // new one: a page still open would otherwise keep them until something else changed.
            void queryClient.invalidateQueries();
          },
          () => undefined,
        );
      },
      t: (key, params) => translate(locale, key, params),
      pick: (text) => text?.[locale] || text?.['zh-CN'] || '',
    }),
    [locale, queryClient],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
