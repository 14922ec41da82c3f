// The rules table of a ladder's definition (issue 18): one card per row with its conditions and outcome, edited
// without JSON; every change is written back into the params JSON box, which stays the one source. Below it, the
// "try these values" box. Each row also reads as a sentence, a choice by its title ("主要物资类别 等于 体温计"). Shown by
// the form editor for ladder definitions.
import type { RJSFSchema } from '@rjsf/utils';
import type { LocalizedText } from '#core/domain/locale';
import { conditionsWords, outcomeWords } from '#forms/rules/describe-rule';
import { ruleFields } from '#forms/rules/rule-fields';
import type { Rule, RuleCondition } from '#forms/rules/rule-types';
import { TextField } from '../../../components/text-field';
import { addZhCnMessages } from '../../../i18n/loaded-dictionaries';
import { rulesZhCn } from '../../../i18n/messages/rules-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { ConditionEditor } from './condition-editor';
import { OutcomeEditor } from './outcome-editor';
import { fieldChoices, newCondition, readRules, writeRules } from './rule-rows';
import { RulesTryBox } from './rules-try-box';
import './rules-editor.css';

addZhCnMessages(rulesZhCn);

/** Props of RulesEditor. */
export interface RulesEditorProps {
  paramsText: string;
  schema: RJSFSchema | undefined;
  /** The definition's English field titles by pointer (its `i18n.en`). */
  english: Record<string, string>;
  onChange: (paramsText: string) => void;
}

/** The table editor and the try box. */
export function RulesEditor({ paramsText, schema, english, onChange }: RulesEditorProps) {
  const { t, locale } = useI18n();
  const parsed = readRules(paramsText);
  if (!parsed.ok) return <p className="muted">{t('rules.noParams')}</p>;
  const { params, rules } = parsed;
  const stages = (Array.isArray(params.stages) ? params.stages : []) as { name: string; title: LocalizedText }[];
  const fields = fieldChoices(schema, english, locale);
  const byName = ruleFields(schema, english);
  const titles = Object.fromEntries(stages.map((stage) => [stage.name, stage.title]));
  const firstCondition = () => newCondition('field', fields[0]?.value ?? '', byName[fields[0]?.value ?? '']);
  const save = (next: Rule[]) => onChange(writeRules(params, next));
  const update = (index: number, rule: Rule) => save(rules.map((old, i) => (i === index ? rule : old)));
  const setCondition = (index: number, c: number, condition: RuleCondition | null) => {
    const rule = rules[index]!;
    const when = condition ? rule.when.map((old, i) => (i === c ? condition : old)) : rule.when.filter((_, i) => i !== c);
    update(index, { ...rule, when });
  };
  const add = () => save([...rules, { label: { 'zh-CN': '', en: '' }, when: [firstCondition()], then: { priority: 2 } }]);
  const moveUp = (index: number) =>
    save(rules.map((rule, i) => (i === index - 1 ? rules[index]! : i === index ? rules[index - 1]! : rule)));

  return (
    <section className="rules-editor" aria-labelledby="rules-editor-title">
      <h3 id="rules-editor-title">{t('rules.title')}</h3>
      <p className="muted">{t('rules.intro')}</p>
      {rules.length === 0 && <p className="empty">{t('rules.empty')}</p>}
      <ol className="rules-editor__rows">
        {rules.map((rule, index) => (
          <li key={index} className="rules-editor__row" aria-label={t('rules.row', { row: index + 1 })}>
            <h4>{t('rules.row', { row: index + 1 })}</h4>
            <p className="rules-editor__sentence">
              {t('rules.sentence', {
                conditions: conditionsWords(rule.when, byName, locale),
                outcome: outcomeWords(rule.then, titles, locale),
              })}
            </p>
            <div className="form-admin-grid">
              <TextField
                label={t('rules.labelZh')}
                value={rule.label['zh-CN']}
                onChange={(v) => update(index, { ...rule, label: { ...rule.label, 'zh-CN': v } })}
              />
              <TextField
                label={t('rules.labelEn')}
                value={rule.label.en}
                onChange={(v) => update(index, { ...rule, label: { ...rule.label, en: v } })}
              />
            </div>
            <fieldset>
              <legend>{t('rules.when')}</legend>
              {rule.when.map((condition, c) => (
                <ConditionEditor
                  key={c}
                  condition={condition}
                  fields={fields}
                  ruleFields={byName}
                  onChange={(next) => setCondition(index, c, next)}
                  onRemove={() => setCondition(index, c, null)}
                />
              ))}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => update(index, { ...rule, when: [...rule.when, firstCondition()] })}
              >
                {t('rules.addCondition')}
              </button>
            </fieldset>
            <fieldset>
              <legend>{t('rules.then')}</legend>
              <OutcomeEditor outcome={rule.then} stages={stages} onChange={(then) => update(index, { ...rule, then })} />
            </fieldset>
            <div className="form-admin-toolbar">
              {index > 0 && (
                <button type="button" className="button button--quiet" onClick={() => moveUp(index)}>
                  {t('rules.moveUp', { row: index + 1 })}
                </button>
              )}
              <button type="button" className="button button--quiet" onClick={() => save(rules.filter((_, i) => i !== index))}>
                {t('rules.remove', { row: index + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={add}>
        {t('rules.add')}
      </button>
      <RulesTryBox rules={rules} fields={fields} ruleFields={byName} stages={stages} />
    </section>
  );
}
