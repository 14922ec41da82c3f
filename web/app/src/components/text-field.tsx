// A labelled input with its hint and error tied to it for screen readers.
import type { HTMLInputTypeAttribute } from 'react';
import { FieldFrame } from './field-frame';
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
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input
          {...control}
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
        />
      )}
    </FieldFrame>
  );
}
