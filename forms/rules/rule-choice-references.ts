// A ladder rule on a field with choices must compare the value a submission stores (the builder's "option3"), not the
// title people read (体温计), and with a comparison that fits a choice: otherwise the rule publishes and silently never
// fires. Checked with the other publish-time references (forms/references/reference-checkers.ts), so the editor's
// "check" and a publish refuse it at the condition's pointer, in the admin's language, naming the field and its
// options by their titles. A condition on a missing field is left to field-references.ts.
import type { LocalizedText } from '#core/domain/locale';
import type { ReferenceChecker, ReferenceProblem } from '../references/reference-check';
import { opWords } from './describe-rule';
import { choiceByText, choiceOf, opsOfField, ruleFields, type RuleField } from './rule-fields';
import type { Rule } from './rule-types';

const options = (field: RuleField, locale: 'zh-CN' | 'en') =>
  (field.choices ?? []).map((choice) => choice.title[locale]).join(locale === 'en' ? ', ' : '、');

function valueProblem(row: number, field: RuleField, value: unknown): LocalizedText {
  const meant = choiceByText(field, value);
  const [zh, en] = [field.title['zh-CN'], field.title.en];
  if (meant) {
    return {
      'zh-CN': `规则 ${row}：「${zh}」的值「${String(value)}」是手写的文字，不是选项；请在“办理规则”中从选项里重新选择「${meant.title['zh-CN']}」（可选：${options(field, 'zh-CN')}）`,
      en: `Rule ${row}: "${en}" holds the typed text "${String(value)}", not an option; pick "${meant.title.en}" from its options under Handling rules (options: ${options(field, 'en')})`,
    };
  }
  return {
    'zh-CN': `规则 ${row}：「${zh}」没有选项「${String(value)}」，请在“办理规则”中从选项里选择：${options(field, 'zh-CN')}`,
    en: `Rule ${row}: "${en}" has no option "${String(value)}"; pick one of its options under Handling rules: ${options(field, 'en')}`,
  };
}

function opProblem(row: number, field: RuleField, op: Rule['when'][number]['op']): LocalizedText {
  const fits = opsOfField(field);
  const said = (locale: 'zh-CN' | 'en') => fits.map((fit) => `“${opWords(fit, locale)}”`).join(locale === 'en' ? ', ' : '、');
  return {
    'zh-CN': `规则 ${row}：「${field.title['zh-CN']}」是选择题，不能比较“${opWords(op, 'zh-CN')}”，只能选${said('zh-CN')}`,
    en: `Rule ${row}: "${field.title.en}" is a choice field and cannot be compared with “${opWords(op, 'en')}”; use ${said('en')}`,
  };
}

/** Each condition of a ladder's rules whose choice field is compared with a value that is not one of its choices. */
export const ruleChoiceReferences: ReferenceChecker = (definition) => {
  if (definition.process.processType !== 'ladder') return [];
  const rules = (definition.process.params as { rules?: Rule[] }).rules ?? [];
  if (!rules.length) return [];
  const fields = ruleFields(definition.schema, definition.i18n?.en);
  const problems: ReferenceProblem[] = [];
  rules.forEach((rule, index) =>
    rule.when.forEach((condition, c) => {
      const field = 'field' in condition ? fields[condition.field] : undefined;
      if (!field?.choices) return;
      const at = `/process/params/rules/${index}/when/${c}`;
      if (!opsOfField(field).includes(condition.op))
        problems.push({ path: `${at}/op`, message: opProblem(index + 1, field, condition.op) });
      const values = Array.isArray(condition.value) ? condition.value.map((value, k) => ({ value, path: `${at}/value/${k}` })) : [];
      if (!Array.isArray(condition.value)) values.push({ value: condition.value, path: `${at}/value` });
      for (const { value, path } of values)
        if (!choiceOf(field, value)) problems.push({ path, message: valueProblem(index + 1, field, value) });
    }),
  );
  return problems;
};
