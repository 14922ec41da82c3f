// The 8 steps as big toggles; the officer confirms each as the worker passes it.
import type { GateStep } from '#core/domain/gate-rules';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of StepChecklist. */
export interface StepChecklistProps {
  steps: readonly GateStep[];
  done: ReadonlySet<GateStep>;
  onToggle: (step: GateStep) => void;
  error?: string;
}

/** Checkboxes for the steps, with a count of those done. */
export function StepChecklist({ steps, done, onToggle, error }: StepChecklistProps) {
  const { t } = useI18n();
  return (
    <fieldset
      className="gate-group"
      aria-describedby={error ? 'gate-steps-count gate-steps-error' : 'gate-steps-count'}
      data-invalid={error ? true : undefined}
    >
      <legend>{t('gate.steps')}</legend>
      <p id="gate-steps-count" className="muted" aria-live="polite">
        {t('gate.stepsHint', { done: done.size, total: steps.length })}
      </p>
      <div className="steps">
        {steps.map((step, index) => (
          <label key={step} className={done.has(step) ? 'step step--done' : 'step'}>
            <input type="checkbox" checked={done.has(step)} onChange={() => onToggle(step)} />
            <span className="step__number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`gate.step.${step}`)}
          </label>
        ))}
      </div>
      {error && (
        <p id="gate-steps-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
