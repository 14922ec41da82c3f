// A list of the weights' forms picked by title instead of typed keys: a checkbox per form the list may name (a retired
// one says its past records still count), and above them every stored key no such form has, marked, with a button to
// remove it. The fieldset takes the field's id, so a problem with the list or one of its keys focuses it.
import type { FieldProps } from '@rjsf/utils';
import type { WeightFormChoices, WeightFormList } from '#core/evaluation/weight-form-fit';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { errorsByKey, toggledForms, unknownForms, weightFormOptions } from './weight-form-options';

/** What the weights form gives its fields: the forms each list may name. */
export interface WeightsFormContext {
  choices: WeightFormChoices;
}

function Problems({ messages }: { messages: readonly string[] | undefined }) {
  return messages?.map((message) => (
    <span key={message} className="field__error weight-forms__error">
      {message}
    </span>
  ));
}

/** The picker of `reportForms`, `difficultyForms` and `inspectionForms`. */
export function WeightFormsField({ fieldPathId, formData, errorSchema, onChange, disabled, readonly, schema, registry }: FieldProps) {
  const { t, locale } = useI18n();
  const list = fieldPathId.path[fieldPathId.path.length - 1] as WeightFormList;
  const { choices } = registry.formContext as WeightsFormContext;
  const values: string[] = Array.isArray(formData) ? formData.map(String) : [];
  const options = weightFormOptions(choices[list] ?? [], locale);
  const unknown = unknownForms(values, options);
  const problems = errorsByKey(values, errorSchema);
  const change = (next: string[]) => onChange(next, fieldPathId.path);
  const off = disabled || readonly;
  return (
    <fieldset id={fieldPathId.$id} className="weight-forms">
      <legend>{schema.title}</legend>
      <p className="hint">{t(`evaluation.sourcesHint.${list}` as MessageKey)}</p>
      {unknown.length > 0 && (
        <ul className="weight-forms__unknown">
          {unknown.map(({ key }) => (
            <li key={key}>
              <code data-user-data>{key}</code>
              {t('evaluation.unknownForm')}{' '}
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('evaluation.removeForm', { key })}
                disabled={off}
                onClick={() => change(toggledForms(values, key, false))}
              >
                {t('evaluation.remove')}
              </button>
              <Problems messages={problems.get(key)} />
            </li>
          ))}
        </ul>
      )}
      {options.length === 0 ? (
        <p className="muted">{t('evaluation.noFitForms')}</p>
      ) : (
        options.map((option) => (
          <label key={option.key} className="weight-forms__option">
            <input
              type="checkbox"
              checked={values.includes(option.key)}
              disabled={off}
              onChange={(event) => change(toggledForms(values, option.key, event.target.checked))}
            />
            <span data-user-data>{option.label}</span>
            {option.retired && t('evaluation.retiredForm')}
            <Problems messages={problems.get(option.key)} />
          </label>
        ))
      )}
    </fieldset>
  );
}
