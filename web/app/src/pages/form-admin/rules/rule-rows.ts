// The rules table's data as the editor handles it: rules read from and written into the params JSON text (so the JSON
// box and the table stay one source), the form's fields offered as choices, and values typed as text turned into
// the JSON a condition holds ("是" → true, "3" → 3, "a, b" → a list).
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import type { Rule, RuleCondition } from '#forms/rules/rule-types';

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

/** A fresh condition on `subject`, on the first field when it looks at a field. */
export function newCondition(subject: Subject, firstField: string): RuleCondition {
  if (subject === 'field') return { field: firstField, op: 'equals', value: true };
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
