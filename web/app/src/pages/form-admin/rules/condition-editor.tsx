// One condition of a rule as three controls: what to check (a field, the focus flag, the enterprise type, the time
// submitted), how to compare, and the value. A field with choices (a single or multiple choice, a yes/no) offers its
// choices by title and only the comparisons that fit a choice; other fields take a typed value.
import type { FieldCondition, RuleCondition } from '#forms/rules/rule-types';
import { opsOfField, type RuleFields } from '#forms/rules/rule-fields';
import { ENTERPRISE_TYPES } from '#core/org/org-types';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/use-i18n';
import { ChoiceValueEditor } from './choice-value-editor';
import { fitToField, newCondition, opsOf, parseValue, subjectOf, valueText, withChoiceOp, type Subject } from './rule-rows';

/** Props of ConditionEditor. */
export interface ConditionEditorProps {
  condition: RuleCondition;
  fields: readonly SelectOption[];
  /** The form's fields as rules see them: titles and choices (forms/rules/rule-fields.ts). */
  ruleFields: RuleFields;
  onChange: (condition: RuleCondition) => void;
  onRemove: () => void;
}

const SUBJECTS: Subject[] = ['field', 'focus', 'type', 'time'];

/** The controls of one condition. */
export function ConditionEditor({ condition, fields, ruleFields, onChange, onRemove }: ConditionEditorProps) {
  const { t, locale } = useI18n();
  const subject = subjectOf(condition);
  const field = 'field' in condition ? ruleFields[condition.field] : undefined;
  const ops = field ? opsOfField(field) : opsOf(subject);
  // An old rule's comparison that does not fit the field stays listed until the admin picks another.
  const opList = ops.includes(condition.op) ? ops : [condition.op, ...ops];
  const setValue = (text: string) => onChange({ ...condition, value: parseValue(text, condition.op) } as RuleCondition);
  const setOp = (op: RuleCondition['op']) =>
    field?.choices
      ? onChange(withChoiceOp(condition as FieldCondition, op))
      : onChange({ ...condition, op, value: parseValue(valueText(condition.value, locale), op) } as RuleCondition);
  const first = fields[0]?.value ?? '';
  return (
    <div className="rule-condition">
      <SelectField
        label={t('rules.subject')}
        value={subject}
        options={SUBJECTS.map((s) => ({ value: s, label: t(`rules.subject.${s}`) }))}
        onChange={(next) => onChange(newCondition(next as Subject, first, ruleFields[first]))}
      />
      {'field' in condition && (
        <SelectField
          label={t('rules.field')}
          value={condition.field}
          options={fields}
          onChange={(name) => onChange(fitToField({ ...condition, field: name }, ruleFields[name]))}
        />
      )}
      <SelectField
        label={t('rules.op')}
        value={condition.op}
        options={opList.map((op) => ({ value: op, label: t(`rules.op.${op}`) }))}
        error={ops.includes(condition.op) ? undefined : t('rules.opUnfit')}
        onChange={(op) => setOp(op as RuleCondition['op'])}
      />
      {field?.choices ? (
        <ChoiceValueEditor condition={condition as FieldCondition} field={field} onChange={onChange} />
      ) : subject === 'type' && condition.op !== 'in' ? (
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
