// Large radio "chips" for choices made with one tap on a phone (channel, certificate, zone).
import type { ReactNode } from 'react';

/** Props of ChoiceGroup. */
export interface ChoiceGroupProps {
  legend: string;
  name: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  /** The server's message for this choice; marks the group for the phone's scroll-to-error. */
  error?: string;
  children?: ReactNode;
}

/** A fieldset of radio buttons styled as big touch targets. */
export function ChoiceGroup({ legend, name, value, options, onChange, error, children }: ChoiceGroupProps) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="gate-group" data-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'chip chip--on' : 'chip'}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
