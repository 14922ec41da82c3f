// The form's fields as a rule sees them: each top-level field's title in both languages and, for a field with choices
// (oneOf const+title, enum with enumNames, a list of such choices, a yes/no), the stored values with their titles. A
// rule compares the stored value (the builder's "option3"), never the title an admin reads (体温计); the rules editor
// offers these choices, the check at publish refuses a value that is not one (rule-choice-references.ts), and the
// rule sentences show titles. Pure and sandbox-safe: the server and the browser share it.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { localizeSchema } from '../form-definition';
import { choiceTitleOf, fieldLabel } from '../present/present-value';
import { PRESENT_WORDS } from '../present/present-words';
import { branches, isChoiceList } from '../present/schema-branches';
import type { RuleCondition } from './rule-types';

type Scalar = string | number | boolean;

/** One choice of a field: the value stored in a submission and the title people read. */
export interface RuleChoice {
  value: Scalar;
  title: LocalizedText;
}

/** A field of the form as the rules see it; `choices` is null for a free field (text, number, date…). */
export interface RuleField {
  title: LocalizedText;
  choices: RuleChoice[] | null;
  /** The answer is a list of choices (checkboxes): "equals" holds when the list contains the value. */
  many: boolean;
}

/** The form's top-level fields (conditional ones included) by name. */
export type RuleFields = Record<string, RuleField>;

/** Every declaration of top-level field `name` in the schema's branches (a conditional field's `then` too). */
function declarations(schema: RJSFSchema | undefined, name: string): RJSFSchema[] {
  return branches(schema)
    .map((branch) => (branch.properties as Record<string, RJSFSchema> | undefined)?.[name])
    .filter((node): node is RJSFSchema => Boolean(node) && typeof node === 'object');
}

function choiceValuesOf(node: RJSFSchema): Scalar[] | null {
  for (const branch of branches(node)) {
    const list = isChoiceList(branch.oneOf) ? branch.oneOf : isChoiceList(branch.anyOf) ? branch.anyOf : undefined;
    if (list) return (list as RJSFSchema[]).map((choice) => choice.const as Scalar);
    if (Array.isArray(branch.enum)) return branch.enum as Scalar[];
  }
  return null;
}

function itemsOf(node: RJSFSchema): RJSFSchema | undefined {
  const items = branches(node).find((branch) => branch.items && typeof branch.items === 'object' && !Array.isArray(branch.items));
  return items?.items as RJSFSchema | undefined;
}

const isBoolean = (node: RJSFSchema) => branches(node).some((branch) => branch.type === 'boolean');

function yesNo(): RuleChoice[] {
  return [true, false].map((value) => ({
    value,
    title: { 'zh-CN': PRESENT_WORDS['zh-CN'][value ? 'yes' : 'no'], en: PRESENT_WORDS.en[value ? 'yes' : 'no'] },
  }));
}

function fieldOf(name: string, zh: RJSFSchema[], en: RJSFSchema[]): RuleField {
  const node: RJSFSchema = zh.length === 1 ? zh[0]! : { allOf: zh };
  const enNode: RJSFSchema = en.length === 1 ? en[0]! : { allOf: en };
  const title = { 'zh-CN': fieldLabel(node, name, { locale: 'zh-CN' }), en: fieldLabel(enNode, name, { locale: 'en' }) };
  const items = itemsOf(node);
  const listed = items ? choiceValuesOf(items) : null;
  const own = listed ? null : choiceValuesOf(node);
  const values = listed ?? own;
  if (!values) return { title, choices: isBoolean(node) ? yesNo() : null, many: false };
  const [zhChoices, enChoices] = listed ? [items, itemsOf(enNode)] : [node, enNode];
  const choices = values.map((value) => ({
    value,
    title: {
      'zh-CN': choiceTitleOf(zhChoices, value, 'zh-CN') ?? String(value),
      en: choiceTitleOf(enChoices, value, 'en') ?? choiceTitleOf(zhChoices, value, 'zh-CN') ?? String(value),
    },
  }));
  return { title, choices, many: Boolean(listed) };
}

/** The form's fields as rules see them; `english` is the definition's `i18n.en` (English titles by pointer). */
export function ruleFields(schema: RJSFSchema | undefined, english: Record<string, string> | undefined): RuleFields {
  if (!schema) return {};
  const localized = localizeSchema(schema, english);
  const names = new Set(branches(schema).flatMap((branch) => Object.keys((branch.properties as object | undefined) ?? {})));
  return Object.fromEntries([...names].map((name) => [name, fieldOf(name, declarations(schema, name), declarations(localized, name))]));
}

/** The choice whose stored value is `value` (exactly: "3" is not the choice 3). */
export function choiceOf(field: RuleField | undefined, value: unknown): RuleChoice | undefined {
  return field?.choices?.find((choice) => choice.value === value);
}

/** The choice an admin meant by `text`: its title in either language or its value written as text. */
export function choiceByText(field: RuleField | undefined, text: unknown): RuleChoice | undefined {
  const typed = String(text).trim();
  return field?.choices?.find(
    (choice) => choice.title['zh-CN'] === typed || choice.title.en.toLowerCase() === typed.toLowerCase() || String(choice.value) === typed,
  );
}

const CHOICE_OPS: RuleCondition['op'][] = ['equals', 'not-equals', 'in'];
const ALL_OPS: RuleCondition['op'][] = ['equals', 'not-equals', 'in', '>=', '<=', '>', '<'];

/** The comparisons that fit a field: a choice is equal or not, or one of several; ordering only between numbers. */
export function opsOfField(field: RuleField | undefined): RuleCondition['op'][] {
  if (!field?.choices) return ALL_OPS;
  return field.choices.every((choice) => typeof choice.value === 'number') ? ALL_OPS : CHOICE_OPS;
}

/** A value as people read it: the choice's title, else the value itself (yes/no in words). */
export function valueWords(field: RuleField | undefined, value: unknown, locale: Locale): string {
  const choice = choiceOf(field, value);
  if (choice) return choice.title[locale];
  if (typeof value === 'boolean') return PRESENT_WORDS[locale][value ? 'yes' : 'no'];
  return String(value);
}
