// A yes/no variable is written as a branch ({{#if paused}} … {{else}} … {{/if}}), so its sample value decides which text
// the preview shows: the admin picks 是 or 否 to read each branch (the publicity's 暂停公示 text shows only with 是).
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/** Props of FlagSample. */
export interface FlagSampleProps {
  name: string;
  value: boolean;
  onChange: (value: boolean) => void;
  errors?: string[];
}

/** The sample value of one yes/no variable, as a pair of radio buttons 是 / 否. */
export function FlagSample({ name, value, onChange, errors }: FlagSampleProps) {
  const { t } = useI18n();
  const group = useId();
  return (
    // Named as the text values' inputs are (by aria-label): a placeholder's name is code, not words to show in a sentence.
    <fieldset
      role="radiogroup"
      className="template-flag"
      aria-label={t('emailTemplates.sampleValueFor', { name })}
      aria-invalid={errors ? true : undefined}
      aria-describedby={errors ? `${group}-error` : undefined}
    >
      {[true, false].map((option) => (
        <label key={String(option)}>
          <input type="radio" name={group} checked={value === option} onChange={() => onChange(option)} />{' '}
          {t(option ? 'common.yes' : 'common.no')}
        </label>
      ))}
      {errors && (
        <p id={`${group}-error`} className="field__error">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
