// Large radio "chips" for choices made with one tap on a phone (channel, certificate, zone).
import type { ReactNode } from 'react';

/** Props of ChoiceGroup. */
export interface ChoiceGroupProps {
  legend: string;
  name: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  children?: ReactNode;
}

/** A fieldset of radio buttons styled as big touch targets. */
export function ChoiceGroup({ legend, name, value, options, onChange, children }: ChoiceGroupProps) {
  return (
    <fieldset className="gate-group">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'chip chip--on' : 'chip'}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
