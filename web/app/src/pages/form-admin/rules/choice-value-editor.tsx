// The value of a condition on a field with choices, picked by the choices' titles while the condition keeps their stored
// values (体温计 shown, "option3" kept): a select for one value, checkboxes for "is one of". A value that is none of the
// choices (an old rule, a title typed into the JSON box) stays shown as unknown until the admin replaces it; when it is
// a choice's title, one click puts that choice's value in its place.
import type { FieldCondition } from '#forms/rules/rule-types';
import type { RuleField } from '#forms/rules/rule-fields';
import { CheckboxField } from '../../../components/checkbox-field';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../i18n/use-i18n';
import { choiceKey, choiceOptions, fixedValue, toggleChoice, unknownValues, valueOfKey } from './rule-rows';

/** Props of ChoiceValueEditor. */
export interface ChoiceValueEditorProps {
  condition: FieldCondition;
  field: RuleField;
  onChange: (condition: FieldCondition) => void;
}

const UNKNOWN = 'unknown';

/** The picker of a choice field's value, with what is wrong with the current one. */
export function ChoiceValueEditor({ condition, field, onChange }: ChoiceValueEditorProps) {
  const { t, locale } = useI18n();
  const unknown = unknownValues(field, condition.value);
  const fixed = fixedValue(field, condition.value);
  const problem = unknown.length ? t('rules.unknownValue', { value: unknown.map(String).join(locale === 'en' ? ', ' : '、') }) : undefined;
  const fix = fixed !== undefined && (
    <button type="button" className="button button--quiet" onClick={() => onChange({ ...condition, value: fixed })}>
      {t('rules.fixValue')}
    </button>
  );
  if (condition.op === 'in') {
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    return (
      <fieldset className="rule-condition__choices">
        <legend>{t('rules.value')}</legend>
        {(field.choices ?? []).map((choice) => (
          <CheckboxField
            key={String(choice.value)}
            label={choice.title[locale]}
            checked={values.includes(choice.value)}
            onChange={(on) => onChange({ ...condition, value: toggleChoice(field, condition.value, choice.value, on) })}
          />
        ))}
        {unknown.map((value) => (
          <CheckboxField
            key={`unknown-${String(value)}`}
            label={t('rules.unknownChoice', { value: String(value) })}
            checked
            error={problem}
            onChange={() => onChange({ ...condition, value: toggleChoice(field, condition.value, value, false) })}
          />
        ))}
        {fix}
      </fieldset>
    );
  }
  const key = choiceKey(field, condition.value);
  const options = choiceOptions(field, locale);
  return (
    <>
      <SelectField
        label={t('rules.value')}
        value={key || UNKNOWN}
        options={key ? options : [{ value: UNKNOWN, label: t('rules.unknownChoice', { value: String(condition.value) }) }, ...options]}
        error={problem}
        onChange={(next) => {
          const value = valueOfKey(field, next);
          if (value !== undefined) onChange({ ...condition, value });
        }}
      />
      {fix}
    </>
  );
}
