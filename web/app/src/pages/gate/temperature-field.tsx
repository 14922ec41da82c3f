// Temperature with ± buttons in tenths: most readings need two taps, not a keyboard.
import { useI18n } from '../../i18n/use-i18n';

/** Props of TemperatureField. */
export interface TemperatureFieldProps {
  id: string;
  value: number;
  onChange: (value: number) => void;
  threshold: number | null;
  error?: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A number input between 34 and 43 °C with step buttons and a fever warning at the threshold. */
export function TemperatureField({ id, value, onChange, threshold, error }: TemperatureFieldProps) {
  const { t } = useI18n();
  const fever = threshold !== null && value >= threshold;
  const set = (next: number) => onChange(round(Math.min(43, Math.max(34, next))));
  return (
    <div className="field gate-temperature">
      <label htmlFor={id}>{t('gate.temperature')}</label>
      {threshold !== null && <p className="field__hint">{t('gate.temperatureHint', { threshold })}</p>}
      <div className="stepper">
        <button type="button" className="button stepper__button" onClick={() => set(value - 0.1)} aria-label="−0.1 ℃">
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="0.1"
          min={34}
          max={43}
          value={Number.isFinite(value) ? value : ''}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <button type="button" className="button stepper__button" onClick={() => set(value + 0.1)} aria-label="+0.1 ℃">
          +
        </button>
      </div>
      <p className={fever ? 'gate-warning' : 'visually-hidden'} aria-live="polite">
        {fever ? t('gate.feverWarning') : ''}
      </p>
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
