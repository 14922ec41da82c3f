// A labelled multi-line text field (comments, reasons) with its hint and error tied to it.
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/** Props of TaskTextArea. */
export interface TaskTextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  disabled?: boolean;
}

/** A textarea with label, hint and error. */
export function TaskTextArea({ label, value, onChange, hint, error, required, maxLength, disabled }: TaskTextAreaProps) {
  const { t } = useI18n();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field task-field">
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('common.required')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        maxLength={maxLength}
        disabled={disabled}
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
