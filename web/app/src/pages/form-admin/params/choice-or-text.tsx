// A select of offered values with "other…" that opens a text box, for parameters whose values follow a grammar
// (time limits, durations, times of day): the common ones are picked, the rare ones still typed.
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';

/** Props of ChoiceOrText. */
export interface ChoiceOrTextProps {
  id: string;
  value: string | undefined;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
  /** Whether "not set" is offered. */
  optional?: boolean;
  /** Whether the value was refused (the server's problem shows under the field). */
  invalid?: boolean;
}

const OTHER = '\u0000other';

/** The select, and the text box while "other" is chosen or the value is not one of the choices. */
export function ChoiceOrText({ id, value, choices, onChange, disabled, optional, invalid }: ChoiceOrTextProps) {
  const { t } = useI18n();
  const known = value === undefined || value === '' || choices.some((choice) => choice.value === value);
  const [typing, setTyping] = useState(!known);
  const selected = typing || !known ? OTHER : (value ?? '');
  return (
    <div className="choice-or-text">
      <select
        id={id}
        value={selected}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setTyping(next === OTHER);
          if (next !== OTHER) onChange(next === '' ? undefined : next);
        }}
      >
        {(optional || value === undefined) && <option value="">{t('params.notSet')}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        <option value={OTHER}>{t('params.other')}</option>
      </select>
      {selected === OTHER && (
        <input
          type="text"
          aria-label={t('params.otherValue')}
          value={value ?? ''}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      )}
    </div>
  );
}
