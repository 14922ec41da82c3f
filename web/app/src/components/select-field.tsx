// A labelled select with an optional "choose…" placeholder, hint and error.
import { FieldFrame } from './field-frame';
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
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)} required={required} disabled={disabled}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
