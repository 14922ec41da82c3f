// The settings of the selected field: name, titles and help in both languages, required, personal-data mark, and
// what its kind adds (unit and range, options, several files, its own fields, the condition it is shown on).
import { useId } from 'react';
import { PERSONAL_KINDS, type PersonalKind } from '#core/privacy/personal-kind';
import { CheckboxField } from '../../../components/checkbox-field';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/use-i18n';
import { AddFieldBar } from './add-field-bar';
import { ConditionEditor } from './condition-editor';
import { FIELD_NAME, type BuilderField, type FieldKind, type Texts } from './field-model';
import { OptionsEditor } from './options-editor';

/** Props of FieldEditor. */
export interface FieldEditorProps {
  field: BuilderField;
  /** Names of the other fields at its level. */
  siblingNames: readonly string[];
  /** Fields its condition may test; null for a field inside a section (conditions are top-level only). */
  conditionSources: readonly BuilderField[] | null;
  onChange: (change: Partial<BuilderField>) => void;
  onAddChild: (kind: FieldKind) => void;
}

function HelpArea({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

const numberOrUndefined = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

/** The settings panel of one field. */
export function FieldEditor({ field, siblingNames, conditionSources, onChange, onAddChild }: FieldEditorProps) {
  const { t } = useI18n();
  const texts = (key: 'title' | 'help' | 'unit', locale: keyof Texts, value: string) =>
    onChange({ [key]: { ...field[key], [locale]: value } });
  const nameError = !FIELD_NAME.test(field.name)
    ? t('builder.nameInvalid')
    : siblingNames.includes(field.name)
      ? t('builder.nameTaken')
      : undefined;
  return (
    <div className="builder-editor">
      <p className="muted">{t(`builder.kind.${field.kind}`)}</p>
      <div className="form-admin-grid">
        <TextField label={t('builder.titleZh')} required value={field.title['zh-CN']} onChange={(v) => texts('title', 'zh-CN', v)} />
        <TextField label={t('builder.titleEn')} value={field.title.en} onChange={(v) => texts('title', 'en', v)} />
        <HelpArea label={t('builder.helpZh')} value={field.help['zh-CN']} onChange={(v) => texts('help', 'zh-CN', v)} />
        <HelpArea label={t('builder.helpEn')} value={field.help.en} onChange={(v) => texts('help', 'en', v)} />
      </div>
      <TextField
        label={t('builder.name')}
        hint={t('builder.nameHint')}
        value={field.name}
        spellCheck={false}
        autoComplete="off"
        onChange={(name) => onChange({ name })}
        error={nameError}
      />
      <CheckboxField label={t('builder.requiredField')} checked={field.required} onChange={(required) => onChange({ required })} />
      <SelectField
        label={t('builder.personal')}
        hint={t('builder.personalHint')}
        value={field.personal ?? ''}
        options={[
          { value: '', label: t('builder.personal.none') },
          ...PERSONAL_KINDS.map((kind) => ({ value: kind, label: t(`builder.personal.${kind}`) })),
        ]}
        onChange={(value) => onChange({ personal: (value || null) as PersonalKind | null })}
      />
      {field.kind === 'number' && (
        <div className="form-admin-grid">
          <TextField label={t('builder.unitZh')} value={field.unit['zh-CN']} onChange={(v) => texts('unit', 'zh-CN', v)} />
          <TextField label={t('builder.unitEn')} value={field.unit.en} onChange={(v) => texts('unit', 'en', v)} />
          <TextField
            label={t('builder.minimum')}
            type="number"
            value={field.minimum?.toString() ?? ''}
            onChange={(v) => onChange({ minimum: numberOrUndefined(v) })}
          />
          <TextField
            label={t('builder.maximum')}
            type="number"
            value={field.maximum?.toString() ?? ''}
            onChange={(v) => onChange({ maximum: numberOrUndefined(v) })}
          />
          <CheckboxField label={t('builder.integer')} checked={field.integer} onChange={(integer) => onChange({ integer })} />
        </div>
      )}
      {field.kind === 'file' && (
        <CheckboxField label={t('builder.multipleFiles')} checked={field.multiple} onChange={(multiple) => onChange({ multiple })} />
      )}
      {(field.kind === 'choice' || field.kind === 'multiChoice') && (
        <OptionsEditor options={field.options} onChange={(options) => onChange({ options })} />
      )}
      {(field.kind === 'section' || field.kind === 'group') && <AddFieldBar label={t('builder.addChild')} onAdd={onAddChild} />}
      {field.kind === 'other' && <p className="notice">{t('builder.otherNote')}</p>}
      {conditionSources && (
        <ConditionEditor condition={field.condition} sources={conditionSources} onChange={(condition) => onChange({ condition })} />
      )}
    </div>
  );
}
