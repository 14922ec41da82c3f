// A labelled select with an optional "choose…" placeholder, hint and error.
import { useId } from 'react';
import { useI18n } from '../i18n/use-i18n';
import './form-controls.css';

/** One choice of a SelectField. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of SelectField; `placeholder` adds an empty first option. */
export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  placeholder?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
}

/** A native select, so keyboards, screen readers and phones handle it their own way. */
export function SelectField({ label, value, options, onChange, placeholder, error, hint, required, disabled }: SelectFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('common.required')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
