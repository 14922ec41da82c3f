// A top-level field of one definition as the version diff compares it: its title (unit apart), type, range, choices by
// title, whether it is required (always, or only when another field holds a value: an if/then or a dependencies
// block) and when it is shown, all in the reader's language.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { localizeSchema, type FormDefinition } from '#forms/form-definition';
import { choiceTitleOf, fieldLabel, propertyOf } from '#forms/present/present-value';
import { branches, declaredKeys, isChoiceList } from '#forms/present/schema-branches';
import { splitUnit } from './builder/unit-in-title';
import { CHANGE_WORDS } from './definition-change-words';

/** The parts of a definition the diff reads. */
export type ComparedDefinition = Pick<
  FormDefinition,
  'title' | 'description' | 'guidance' | 'audience' | 'audienceExcludes' | 'schema' | 'uiSchema' | 'i18n' | 'process'
>;

/** One field as a reader sees it. */
export interface FieldView {
  name: string;
  title: string;
  unit: string;
  type: string;
  range: string[];
  /** Choice titles by stored value (JSON of the value, so 3 and "3" stay apart). */
  choices: Map<string, string>;
  required: boolean;
  /** When a field not always required must be filled in, in words; empty for one never required or always. */
  requiredWhen: string;
  hint: string;
  /** When the field is shown, in words; empty for a field always shown. */
  condition: string;
}

const RANGE_KEYS = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;

function first<T>(node: RJSFSchema | undefined, pick: (s: RJSFSchema) => T | undefined): T | undefined {
  for (const s of branches(node)) {
    const found = pick(s);
    if (found !== undefined) return found;
  }
  return undefined;
}

function typeOf(node: RJSFSchema | undefined): string {
  const format = first(node, (s) => (s.format === 'date' || s.format === 'date-time' ? s.format : undefined));
  const type = first(node, (s) => (typeof s.type === 'string' ? s.type : undefined));
  return format ?? type ?? '';
}

function choicesOf(node: RJSFSchema | undefined, locale: Locale): Map<string, string> {
  const items = first(node, (s) =>
    s.items && typeof s.items === 'object' && !Array.isArray(s.items) ? (s.items as RJSFSchema) : undefined,
  );
  const holder = typeOf(node) === 'array' && items ? items : node;
  const values =
    first(holder, (s) =>
      isChoiceList(s.oneOf)
        ? (s.oneOf as RJSFSchema[]).map((o) => o.const)
        : isChoiceList(s.anyOf)
          ? (s.anyOf as RJSFSchema[]).map((o) => o.const)
          : undefined,
    ) ??
    first(holder, (s) => (Array.isArray(s.enum) ? s.enum : undefined)) ??
    [];
  const words = CHANGE_WORDS[locale];
  return new Map(
    values.map((value) => [
      JSON.stringify(value),
      choiceTitleOf(holder, value, locale) ?? (typeof value === 'boolean' ? (value ? words.yes : words.no) : String(value)),
    ]),
  );
}

function isRequired(schema: RJSFSchema, name: string): boolean {
  return branches(schema).some(
    (s) => Array.isArray(s.required) && s.required.includes(name) && (s === schema || Boolean(s.properties?.[name])),
  );
}

/** The field's title in `locale` (its key only when nothing titles it). */
export function fieldTitle(localized: RJSFSchema, name: string, locale: Locale): string {
  return fieldLabel(propertyOf(localized, name), name, { locale, label: (key) => key });
}

// A test of other fields' values in words: "「是否急需」为「是」", "「附件」已填写".
function testWords(localized: RJSFSchema, test: RJSFSchema, locale: Locale): string {
  const words = CHANGE_WORDS[locale];
  const controls = [...new Set([...Object.keys(test.properties ?? {}), ...((test.required as string[] | undefined) ?? [])])];
  const parts = controls.map((control) => {
    const title = words.quote(fieldTitle(localized, control, locale));
    const rule = test.properties?.[control] as RJSFSchema | undefined;
    const values = rule?.const !== undefined ? [rule.const] : Array.isArray(rule?.enum) ? rule.enum : undefined;
    if (!values) return words.conditionHasValue(title);
    const options = choicesOf(propertyOf(localized, control), locale);
    const shown = values.map((v) => options.get(JSON.stringify(v)) ?? (typeof v === 'boolean' ? (v ? words.yes : words.no) : String(v)));
    return words.conditionIs(title, shown.map(words.quote).join(words.sep));
  });
  return parts.join(words.detailSep);
}

/** The schema and its allOf entries: where an if/then or a dependencies block may sit. */
const holdersOf = (schema: RJSFSchema) => [schema, ...((schema.allOf as RJSFSchema[] | undefined) ?? [])];

// "shown only when 「是否急需」 is 是": the `if` of the allOf entry (or the schema's own if) whose `then` declares the field.
function conditionOf(localized: RJSFSchema, name: string, locale: Locale): string {
  const holder = holdersOf(localized).find((h) => h.if && typeof h.then === 'object' && (h.then as RJSFSchema).properties?.[name]);
  const test = holder?.if as RJSFSchema | undefined;
  return test ? testWords(localized, test, locale) : '';
}

const requires = (node: unknown, name: string) =>
  typeof node === 'object' &&
  node !== null &&
  Array.isArray((node as RJSFSchema).required) &&
  (node as RJSFSchema).required!.includes(name);

// The tests under which a field declared elsewhere must be filled in: an if whose then requires it (a field the then
// declares too is a conditional field, worded by `conditionOf`); a dependency on another field's having a value
// (`dependencies: { a: ['b'] }` or `{ a: { required: ['b'] } }`), or on its value (`{ a: { oneOf: [{ properties:
// { a: { const: … } }, required: ['b'] }, …] } }`).
function requiredTests(localized: RJSFSchema, name: string): RJSFSchema[] {
  const tests: RJSFSchema[] = [];
  for (const holder of holdersOf(localized)) {
    const then = holder.then as RJSFSchema | undefined;
    if (holder.if && requires(then, name) && !then!.properties?.[name]) tests.push(holder.if as RJSFSchema);
    for (const [control, dependency] of Object.entries(holder.dependencies ?? {})) {
      const hasValue: RJSFSchema = { required: [control] };
      if (Array.isArray(dependency)) {
        if (dependency.includes(name)) tests.push(hasValue);
        continue;
      }
      const node = dependency as RJSFSchema;
      if (requires(node, name)) tests.push(hasValue);
      for (const branch of (node.oneOf ?? node.anyOf ?? []) as RJSFSchema[])
        if (requires(branch, name) && !branch.properties?.[name])
          tests.push({ properties: { [control]: branch.properties?.[control] ?? {} }, required: [control] });
    }
  }
  return tests;
}

function requiredWhenOf(localized: RJSFSchema, name: string, locale: Locale): string {
  const words = CHANGE_WORDS[locale];
  return [...new Set(requiredTests(localized, name).map((test) => testWords(localized, test, locale)))].join(words.or);
}

/** Every top-level field of `definition` (conditional ones too) by name, in `locale`. */
export function fieldViews(definition: ComparedDefinition, locale: Locale): Map<string, FieldView> {
  const schema = definition.schema;
  const localized = locale === 'en' ? localizeSchema(schema, definition.i18n?.en) : schema;
  const words = CHANGE_WORDS[locale];
  const views = new Map<string, FieldView>();
  for (const name of declaredKeys(schema)) {
    const node = propertyOf(localized, name);
    const type = typeOf(node);
    const label = fieldTitle(localized, name, locale);
    const { title, unit } = type === 'number' || type === 'integer' ? splitUnit(label, locale) : { title: label, unit: '' };
    const range = RANGE_KEYS.flatMap((key) => {
      const value = first(node, (s) => (typeof s[key] === 'number' ? (s[key] as number) : undefined));
      return value === undefined ? [] : [words[key](String(value))];
    });
    const hint = first(node, (s) => (typeof s.description === 'string' ? s.description : undefined)) ?? '';
    const required = isRequired(schema, name);
    views.set(name, {
      name,
      title,
      unit,
      type,
      range,
      choices: choicesOf(node, locale),
      required,
      requiredWhen: required ? '' : requiredWhenOf(localized, name, locale),
      hint,
      condition: conditionOf(localized, name, locale),
    });
  }
  return views;
}
