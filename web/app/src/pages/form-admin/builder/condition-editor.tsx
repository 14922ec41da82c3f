// "Show when": a top-level field is shown only while a single-choice or yes/no field before or after it has a value.
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../i18n/use-i18n';
import type { BuilderField, Condition } from './field-model';

/** Props of ConditionEditor; `sources` are the fields a condition may test. */
export interface ConditionEditorProps {
  condition: Condition | null;
  sources: readonly BuilderField[];
  onChange: (condition: Condition | null) => void;
}

function valuesOf(source: BuilderField | undefined, yes: string, no: string, english = false) {
  if (!source) return [];
  if (source.kind === 'yesNo')
    return [
      { value: 'true', label: yes },
      { value: 'false', label: no },
    ];
  return source.options.map((option) => ({
    value: option.value,
    label: (english && option.title.en) || option.title['zh-CN'] || option.value,
  }));
}

const parse = (source: BuilderField, value: string): Condition['equals'] => (source.kind === 'yesNo' ? value === 'true' : value);

/** The source field and value selects of a field's condition. */
export function ConditionEditor({ condition, sources, onChange }: ConditionEditorProps) {
  const { t, locale } = useI18n();
  const source = sources.find((field) => field.name === condition?.field);
  const title = (field: BuilderField) => (locale === 'en' && field.title.en) || field.title['zh-CN'] || t('builder.untitled');
  const values = valuesOf(source, t('builder.yes'), t('builder.no'), locale === 'en');
  const pick = (name: string) => {
    const next = sources.find((field) => field.name === name);
    const first = valuesOf(next, 'true', 'false')[0];
    onChange(next && first ? { field: name, equals: parse(next, first.value) } : null);
  };
  return (
    <fieldset className="builder-condition">
      <legend>{t('builder.condition')}</legend>
      <p className="field__hint">{t('builder.conditionHint')}</p>
      <SelectField
        label={t('builder.conditionField')}
        value={condition?.field ?? ''}
        options={[
          { value: '', label: t('builder.conditionNone') },
          ...sources.map((field) => ({ value: field.name, label: title(field) })),
        ]}
        onChange={pick}
      />
      {source && condition && (
        <SelectField
          label={t('builder.conditionValue')}
          value={String(condition.equals)}
          options={values}
          onChange={(value) => onChange({ field: source.name, equals: parse(source, value) })}
        />
      )}
    </fieldset>
  );
}
