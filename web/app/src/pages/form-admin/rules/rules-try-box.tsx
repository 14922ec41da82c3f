// "Try these values": sample answers, the enterprise's flags and a time of submission, evaluated in the browser with
// the same pure evaluator the ladder's activity runs (forms/rules/evaluate-rules.ts), so the admin sees before
// publishing which rows would apply and what they would write on the timeline. A field with choices is answered by
// picking a choice's title and evaluated with the stored value, as a real submission holds it.
import { useState } from 'react';
import type { LocalizedText } from '#core/domain/locale';
import { ENTERPRISE_TYPES } from '#core/org/org-types';
import { ruleLine } from '#forms/rules/describe-rule';
import { evaluateRules } from '#forms/rules/evaluate-rules';
import type { RuleFields } from '#forms/rules/rule-fields';
import type { Rule } from '#forms/rules/rule-types';
import { CheckboxField } from '../../../components/checkbox-field';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../i18n/use-i18n';
import { choiceKey, choiceOptions, parseValue, toggleChoice, valueOfKey } from './rule-rows';

/** Props of RulesTryBox. */
export interface RulesTryBoxProps {
  rules: Rule[];
  fields: readonly SelectOption[];
  ruleFields: RuleFields;
  stages: readonly { name: string; title: LocalizedText }[];
}

/** The sample inputs and the rows they make apply. */
export function RulesTryBox({ rules, fields, ruleFields, stages }: RulesTryBoxProps) {
  const { t, locale } = useI18n();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<Record<string, unknown>>({});
  const [focus, setFocus] = useState(false);
  const [type, setType] = useState<string>(ENTERPRISE_TYPES[0]);
  const [time, setTime] = useState('10:00');
  const used = new Set(rules.flatMap((rule) => rule.when.flatMap((condition) => ('field' in condition ? [condition.field] : []))));
  const asked = fields.filter((field) => used.has(field.value));
  const typed = Object.entries(answers).filter(([name]) => !ruleFields[name]?.choices);
  const data = { ...Object.fromEntries(typed.map(([name, text]) => [name, parseValue(text, 'equals')])), ...picked };
  const pick = (name: string, value: unknown) => setPicked({ ...picked, [name]: value });
  const decision = evaluateRules(rules, { data, enterprise: { focus, type }, localTime: time });
  const titles = Object.fromEntries(stages.map((stage) => [stage.name, stage.title]));
  return (
    <section className="rules-try" aria-labelledby="rules-try-title">
      <h3 id="rules-try-title">{t('try.title')}</h3>
      <p className="muted">{t('try.intro')}</p>
      <div className="form-admin-grid">
        {asked.map((field) => {
          const choices = ruleFields[field.value];
          if (choices?.choices && choices.many) {
            const chosen = (picked[field.value] ?? []) as (string | number | boolean)[];
            return (
              <fieldset key={field.value} className="rule-condition__choices">
                <legend>{field.label}</legend>
                {choices.choices.map((choice) => (
                  <CheckboxField
                    key={String(choice.value)}
                    label={choice.title[locale]}
                    checked={chosen.includes(choice.value)}
                    onChange={(on) => pick(field.value, toggleChoice(choices, chosen, choice.value, on))}
                  />
                ))}
              </fieldset>
            );
          }
          if (choices?.choices) {
            return (
              <SelectField
                key={field.value}
                label={field.label}
                value={choiceKey(choices, picked[field.value])}
                placeholder={t('try.notAnswered')}
                options={choiceOptions(choices, locale)}
                onChange={(key) => pick(field.value, valueOfKey(choices, key))}
              />
            );
          }
          return (
            <TextField
              key={field.value}
              label={field.label}
              hint={t('rules.valueHint')}
              value={answers[field.value] ?? ''}
              onChange={(text) => setAnswers({ ...answers, [field.value]: text })}
            />
          );
        })}
        <CheckboxField label={t('try.focus')} checked={focus} onChange={setFocus} />
        <SelectField
          label={t('try.type')}
          value={type}
          options={ENTERPRISE_TYPES.map((value) => ({ value, label: t(`enterpriseType.${value}`) }))}
          onChange={setType}
        />
        <TextField label={t('try.time')} type="time" value={time} onChange={(value) => setTime(value || '00:00')} />
      </div>
      <div aria-live="polite" className="rules-try__result">
        {decision.matched.length === 0 ? (
          <p>{t('try.noMatch')}</p>
        ) : (
          <>
            <p>{t('try.matched')}</p>
            <ul>
              {decision.matched.map((matched) => (
                <li key={matched.row}>{ruleLine(matched, titles)[locale]}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
