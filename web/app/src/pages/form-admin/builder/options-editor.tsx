// The options of a choice: each one's stored value and its name in both languages, added and removed in place.
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/use-i18n';
import type { ChoiceOption } from './field-model';
import { freeName } from './new-field';

/** Props of OptionsEditor. */
export interface OptionsEditorProps {
  options: ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
}

/** The option rows of one choice field. */
export function OptionsEditor({ options, onChange }: OptionsEditorProps) {
  const { t } = useI18n();
  const change = (index: number, next: Partial<ChoiceOption>) =>
    onChange(options.map((option, i) => (i === index ? { ...option, ...next } : option)));
  const add = () =>
    onChange([
      ...options,
      {
        value: freeName(
          options.map((o) => o.value),
          'option',
        ),
        title: { 'zh-CN': '', en: '' },
      },
    ]);
  return (
    <fieldset className="builder-options">
      <legend>{t('builder.options')}</legend>
      {options.map((option, index) => (
        <fieldset key={index} className="builder-option">
          <legend>{t('builder.optionNumber', { number: index + 1 })}</legend>
          <TextField
            label={t('builder.optionZh')}
            value={option.title['zh-CN']}
            onChange={(zh) => change(index, { title: { ...option.title, 'zh-CN': zh } })}
          />
          <TextField
            label={t('builder.optionEn')}
            value={option.title.en}
            onChange={(en) => change(index, { title: { ...option.title, en } })}
          />
          <TextField
            label={t('builder.optionValue')}
            value={option.value}
            spellCheck={false}
            onChange={(value) => change(index, { value })}
          />
          <button
            type="button"
            className="button button--quiet"
            disabled={options.length <= 1}
            onClick={() => onChange(options.filter((_, i) => i !== index))}
          >
            {t('builder.removeOption', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button--quiet" onClick={add}>
        {t('builder.addOption')}
      </button>
    </fieldset>
  );
}
