// One condition of a rule as three controls: what to check (a field, the focus flag, the enterprise type, the time
// submitted), how to compare, and the value.
import type { RuleCondition } from '#forms/rules/rule-types';
import { ENTERPRISE_TYPES } from '#core/org/org-types';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/use-i18n';
import { newCondition, opsOf, parseValue, subjectOf, valueText, type Subject } from './rule-rows';

/** Props of ConditionEditor. */
export interface ConditionEditorProps {
  condition: RuleCondition;
  fields: readonly SelectOption[];
  onChange: (condition: RuleCondition) => void;
  onRemove: () => void;
}

const SUBJECTS: Subject[] = ['field', 'focus', 'type', 'time'];

/** The controls of one condition. */
export function ConditionEditor({ condition, fields, onChange, onRemove }: ConditionEditorProps) {
  const { t, locale } = useI18n();
  const subject = subjectOf(condition);
  const ops = opsOf(subject);
  const setValue = (text: string) => onChange({ ...condition, value: parseValue(text, condition.op) } as RuleCondition);
  return (
    <div className="rule-condition">
      <SelectField
        label={t('rules.subject')}
        value={subject}
        options={SUBJECTS.map((s) => ({ value: s, label: t(`rules.subject.${s}`) }))}
        onChange={(next) => onChange(newCondition(next as Subject, fields[0]?.value ?? ''))}
      />
      {'field' in condition && (
        <SelectField
          label={t('rules.field')}
          value={condition.field}
          options={fields}
          onChange={(field) => onChange({ ...condition, field })}
        />
      )}
      <SelectField
        label={t('rules.op')}
        value={condition.op}
        options={ops.map((op) => ({ value: op, label: t(`rules.op.${op}`) }))}
        onChange={(op) =>
          onChange({ ...condition, op, value: parseValue(valueText(condition.value, locale), op as RuleCondition['op']) } as RuleCondition)
        }
      />
      {subject === 'type' && condition.op !== 'in' ? (
        <SelectField
          label={t('rules.value')}
          value={String(condition.value)}
          options={ENTERPRISE_TYPES.map((type) => ({ value: type, label: t(`enterpriseType.${type}`) }))}
          onChange={(type) => onChange({ ...condition, value: type } as RuleCondition)}
        />
      ) : (
        <TextField label={t('rules.value')} value={valueText(condition.value, locale)} onChange={setValue} />
      )}
      <button type="button" className="button button--quiet" onClick={onRemove}>
        {t('rules.removeCondition')}
      </button>
    </div>
  );
}
