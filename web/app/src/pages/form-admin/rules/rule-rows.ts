// The rules table's data as the editor handles it: rules read from and written into the params JSON text (so the JSON
// box and the table stay one source), the form's fields offered as choices, values typed as text turned into
// the JSON a condition holds ("是" → true, "3" → 3, "a, b" → a list), and a choice field's value picked by its title
// while the condition holds the stored value (体温计 shown, "option3" kept).
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { choiceByText, choiceOf, opsOfField, type RuleField } from '#forms/rules/rule-fields';
import type { FieldCondition, Rule, RuleCondition } from '#forms/rules/rule-types';

/** The params text parsed, with its rules; not ok while the JSON box does not parse to an object. */
export type ParsedRules = { ok: true; params: Record<string, unknown>; rules: Rule[] } | { ok: false };

/** Reads `rules` out of the params JSON text. */
export function readRules(paramsText: string): ParsedRules {
  try {
    const params = JSON.parse(paramsText) as unknown;
    if (!params || typeof params !== 'object' || Array.isArray(params)) return { ok: false };
    const rules = (params as { rules?: unknown }).rules;
    return { ok: true, params: params as Record<string, unknown>, rules: Array.isArray(rules) ? (rules as Rule[]) : [] };
  } catch {
    return { ok: false };
  }
}

/** The params JSON text with `rules` replaced (removed when empty). */
export function writeRules(params: Record<string, unknown>, rules: Rule[]): string {
  const { rules: _old, ...rest } = params;
  return JSON.stringify(rules.length ? { ...rest, rules } : rest, null, 2);
}

/** What a condition looks at, as the editor's first select offers it. */
export type Subject = 'field' | 'focus' | 'type' | 'time';

/** The subject of a condition. */
export function subjectOf(condition: RuleCondition): Subject {
  if ('field' in condition) return 'field';
  if ('enterprise' in condition) return condition.enterprise;
  return 'time';
}

/** A fresh condition on `subject`, on the first field (`field` as rules see it) when it looks at a field. */
export function newCondition(subject: Subject, firstField: string, field?: RuleField): RuleCondition {
  if (subject === 'field') return fitToField({ field: firstField, op: 'equals', value: true }, field);
  if (subject === 'focus') return { enterprise: 'focus', op: 'equals', value: true };
  if (subject === 'type') return { enterprise: 'type', op: 'equals', value: 'construction' };
  return { time: 'local', op: '>=', value: '17:00' };
}

/** The comparisons a subject allows. */
export function opsOf(subject: Subject): RuleCondition['op'][] {
  if (subject === 'time') return ['>=', '<=', '>', '<'];
  if (subject === 'focus' || subject === 'type') return ['equals', 'not-equals', 'in'];
  return ['equals', 'not-equals', 'in', '>=', '<=', '>', '<'];
}

const YES = new Set(['是', 'yes', 'true']);
const NO = new Set(['否', 'no', 'false']);

function scalar(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (YES.has(trimmed.toLowerCase())) return true;
  if (NO.has(trimmed.toLowerCase())) return false;
  // Only whole numbers as typed: "1." stays text until the admin finishes "1.5".
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** A value typed in the table as the condition's JSON value. */
export function parseValue(text: string, op: RuleCondition['op']): RuleCondition['value'] {
  if (op === 'in') return text.split(/[,，]/).map(scalar);
  return scalar(text);
}

/** A condition's value as the table shows it. */
export function valueText(value: unknown, locale: Locale): string {
  const one = (v: unknown) => (v === true ? (locale === 'en' ? 'yes' : '是') : v === false ? (locale === 'en' ? 'no' : '否') : String(v));
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** The form's top-level fields as choices, titled in the reader's language. */
export function fieldChoices(schema: RJSFSchema | undefined, english: Record<string, string>, locale: Locale) {
  const properties = (schema?.properties ?? {}) as Record<string, { title?: string }>;
  return Object.entries(properties).map(([name, field]) => ({
    value: name,
    label: (locale === 'en' ? english[`/${name}`] : field.title) ?? field.title ?? name,
  }));
}

type Scalar = string | number | boolean;

/** The condition on another field: for a choice field, a comparison it allows and its first choice. */
export function fitToField(condition: FieldCondition, field: RuleField | undefined): FieldCondition {
  const first = field?.choices?.[0];
  if (!first) return condition;
  const op = opsOfField(field).includes(condition.op) ? condition.op : 'equals';
  return { ...condition, op, value: op === 'in' ? [first.value] : first.value };
}

/** A choice field's condition under another comparison: one value becomes a list of one and back, nothing dropped. */
export function withChoiceOp(condition: FieldCondition, op: FieldCondition['op']): FieldCondition {
  const { value } = condition;
  if (op === 'in') return { ...condition, op, value: Array.isArray(value) ? value : [value] };
  return { ...condition, op, value: Array.isArray(value) ? (value[0] ?? '') : value };
}

/** The select options of a field's choices: keyed by place, since a stored value may be a number or yes/no. */
export function choiceOptions(field: RuleField, locale: Locale): { value: string; label: string }[] {
  return (field.choices ?? []).map((choice, index) => ({ value: String(index), label: choice.title[locale] }));
}

/** The option key of a stored value; '' when it is not one of the field's choices. */
export function choiceKey(field: RuleField, value: unknown): string {
  const index = (field.choices ?? []).findIndex((choice) => choice.value === value);
  return index < 0 ? '' : String(index);
}

/** The stored value of the option `key`. */
export function valueOfKey(field: RuleField, key: string): Scalar | undefined {
  return /^\d+$/.test(key) ? field.choices?.[Number(key)]?.value : undefined;
}

/** The values of a condition that are none of its field's choices (an old rule, a title typed as the value). */
export function unknownValues(field: RuleField, value: RuleCondition['value']): Scalar[] {
  return (Array.isArray(value) ? value : [value]).filter((one) => !choiceOf(field, one));
}

/** The value with each title (or value typed as text) replaced by its choice's stored value; undefined when none is. */
export function fixedValue(field: RuleField, value: RuleCondition['value']): RuleCondition['value'] | undefined {
  const fix = (one: Scalar) => (choiceOf(field, one) ? one : (choiceByText(field, one)?.value ?? one));
  const fixed = Array.isArray(value) ? value.map(fix) : fix(value);
  return JSON.stringify(fixed) === JSON.stringify(value) ? undefined : fixed;
}

/** A list of choices with `choice` added (in the field's order) or removed; unknown values stay until removed. */
export function toggleChoice(field: RuleField, value: RuleCondition['value'], choice: Scalar, on: boolean): Scalar[] {
  const list = (Array.isArray(value) ? value : [value]).filter((one) => one !== choice);
  if (!on) return list;
  const order = (one: Scalar) => {
    const index = (field.choices ?? []).findIndex((c) => c.value === one);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...list, choice].sort((a, b) => order(a) - order(b));
}
