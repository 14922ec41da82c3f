// A labelled input with its hint and error tied to it for screen readers.
import { useId, type HTMLInputTypeAttribute } from 'react';
import { useI18n } from '../i18n/use-i18n';
import './form-controls.css';

/** Props of TextField. */
export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  disabled?: boolean;
  min?: number;
  max?: number;
  spellCheck?: boolean;
}

/** One form field; `error` marks it invalid and is read out with the label. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  required,
  autoComplete,
  inputMode,
  disabled,
  min,
  max,
  spellCheck,
}: TextFieldProps) {
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
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        disabled={disabled}
        min={min}
        max={max}
        spellCheck={spellCheck}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
