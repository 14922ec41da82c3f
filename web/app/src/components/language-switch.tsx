// zh-CN ⇄ en; the choice is remembered in localStorage by the i18n provider.
import { useId } from 'react';
import { LOCALES, type Locale } from '#core/domain/locale';
import { useI18n } from '../i18n/use-i18n';

/** A labelled select that switches the app's language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
