// What the evaluation page says while it has nothing to rank: that nothing is there yet, why, and what will appear —
// the enterprises of the reader's scope ranked by score, from the records listed with their points each (those that
// count, a weight of 0 left out) — and where the weights are set (administrators) or read (everyone else).
import { useId } from 'react';
import type { EvaluationInput, EvaluationWeights } from '../../api/evaluation-api';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';

/** Props of EvaluationEmpty: `enterprises` in the reader's scope (0: none yet), the inputs and weights that score. */
export interface EvaluationEmptyProps {
  enterprises: number;
  inputs: EvaluationInput[];
  weights: EvaluationWeights;
  /** Administrators set the weights and the forms counted; the others read them. */
  setsWeights: boolean;
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** The empty state of the ranking. */
export function EvaluationEmpty({ enterprises, inputs, weights, setsWeights }: EvaluationEmptyProps) {
  const { t } = useI18n();
  const id = useId();
  const none = enterprises === 0;
  return (
    <section className="empty evaluation-empty" aria-labelledby={id}>
      <h2 id={id}>{t(none ? 'evaluation.emptyTitle' : 'evaluation.noRecordsTitle')}</h2>
      <p>
        {none
          ? t('evaluation.empty')
          : enterprises === 1
            ? t('evaluation.noRecordsOne')
            : t('evaluation.noRecords', { count: enterprises })}
      </p>
      <p>{t('evaluation.emptyInputs')}</p>
      <ul className="evaluation-weight-list">
        {inputs
          .filter((input) => weights[input] !== 0)
          .map((input) => (
            <li key={input}>
              {t('evaluation.weightLine', { input: t(`evaluation.input.${input}` as MessageKey), weight: signed(weights[input]) })}
            </li>
          ))}
      </ul>
      <p>{t(setsWeights ? 'evaluation.emptyAdmin' : 'evaluation.emptyReader')}</p>
    </section>
  );
}
