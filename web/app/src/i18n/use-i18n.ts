// The hook components use for every visible string.
import { useContext } from 'react';
import { I18nContext, type I18n } from './i18n-context';

/** The current language, its translator and a picker for localized server texts. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
