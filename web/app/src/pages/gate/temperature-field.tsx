// Temperature with ± buttons in tenths: most readings need two taps, not a keyboard.
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of TemperatureField. */
export interface TemperatureFieldProps {
  id: string;
  /** Null while nothing is entered. */
  value: number | null;
  onChange: (value: number | null) => void;
  required?: boolean;
  threshold: number | null;
  error?: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A number input between 34 and 43 °C with step buttons and a fever warning at the threshold. */
export function TemperatureField({ id, value, onChange, threshold, error, required }: TemperatureFieldProps) {
  const { t } = useI18n();
  const fever = threshold !== null && value !== null && value >= threshold;
  // From empty, a step starts at 36.0 ℃: still a reading the officer chose, never one taken for granted.
  const set = (step: number) => onChange(round(Math.min(43, Math.max(34, (value ?? 36) + (value === null ? 0 : step)))));
  const hint = threshold !== null ? `${id}-hint` : undefined;
  const described = [hint, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field gate-temperature">
      <label htmlFor={id}>
        {t('gate.temperature')}
        {required && <span className="field__required"> {t('common.required')}</span>}
      </label>
      {threshold !== null && (
        <p id={hint} className="field__hint">
          {t('gate.temperatureHint', { threshold })}
        </p>
      )}
      <div className="stepper">
        <button type="button" className="button stepper__button" onClick={() => set(-0.1)} aria-label="−0.1 ℃">
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="0.1"
          min={34}
          max={43}
          value={value !== null && Number.isFinite(value) ? value : ''}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
        />
        <button type="button" className="button stepper__button" onClick={() => set(0.1)} aria-label="+0.1 ℃">
          +
        </button>
      </div>
      <p className={fever ? 'gate-warning' : 'visually-hidden'} aria-live="polite">
        {fever ? t('gate.feverWarning') : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
