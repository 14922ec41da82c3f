// The live preview's frame: which language the form is shown in (either, whatever the editor's own language) and
// whether it is shown at a phone's width (390 px), as most enterprises fill it.
import { useState, type ReactNode } from 'react';
import type { Locale } from '#core/domain/locale';
import { CheckboxField } from '../../../components/checkbox-field';
import { useI18n } from '../../../i18n/use-i18n';

/** Props of PreviewFrame: `children` renders the preview in the chosen language. */
export interface PreviewFrameProps {
  children: (locale: Locale) => ReactNode;
}

/** Language and phone-size controls above the preview. */
export function PreviewFrame({ children }: PreviewFrameProps) {
  const { t, locale: uiLocale } = useI18n();
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [phone, setPhone] = useState(false);
  return (
    <>
      <div className="preview-controls">
        <fieldset className="preview-controls__language">
          <legend>{t('builder.previewLanguage')}</legend>
          {(['zh-CN', 'en'] as const).map((value) => (
            <label key={value} lang={value}>
              <input type="radio" name="preview-language" checked={locale === value} onChange={() => setLocale(value)} />{' '}
              {t(`language.${value}`)}
            </label>
          ))}
        </fieldset>
        <CheckboxField label={t('builder.previewPhone')} checked={phone} onChange={setPhone} />
      </div>
      <div
        className={phone ? 'phone-frame' : undefined}
        role={phone ? 'region' : undefined}
        aria-label={phone ? t('builder.phoneFrame') : undefined}
        lang={locale === uiLocale ? undefined : locale}
        data-testid="preview-frame"
      >
        {children(locale)}
      </div>
    </>
  );
}
