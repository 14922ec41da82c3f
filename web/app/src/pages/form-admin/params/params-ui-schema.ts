// The uiSchema of the parameter editor, generated from a process type's params schema: which widget each parameter
// gets (time limits and durations as choices, templates picked by name with those of the slot's purpose first, the
// actor of a rung, a working group or inspection body from the list, people, enterprises and group robots ticked by
// name, enum choices in words, a field of the form or a rung of the ladder picked by its title, a priority in words,
// an optional part as a block added and removed whole), so a new parameter in process-types.ts appears in the editor
// without code here.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { DURATION_PATTERN, OFFSET_PATTERN, SLA_PATTERN } from '#core/domain/duration';
import { CHOICE_TEXTS } from '#forms/process-type-texts';
import { fieldReferenceKinds } from './form-field-choices';
import { fittingPurposes, templateWhenUnset } from './template-fit';

const WIDGET_OF_PATTERN: Record<string, string> = { [SLA_PATTERN]: 'sla', [DURATION_PATTERN]: 'duration', [OFFSET_PATTERN]: 'offset' };
// Parameters whose value is a small JSON document of its own (a decision form), edited as JSON inside the form.
const JSON_BLOCKS = new Set(['completion']);
// Lists of ids or keys picked by name from what exists: an alert's people, a collection's enterprises, group robots.
const PICKER_OF_LIST: Record<string, string> = { userIds: 'people', enterpriseIds: 'enterprises', robots: 'robots' };

function enumNames(values: unknown[], locale: Locale): Record<string, string> {
  return Object.fromEntries(values.map((value) => [String(value), CHOICE_TEXTS[String(value)]?.[locale] ?? String(value)]));
}

function isStringChoice(schema: RJSFSchema): boolean {
  const branches = (schema.anyOf ?? schema.oneOf) as RJSFSchema[] | undefined;
  return Boolean(branches?.length) && branches!.every((branch) => branch.type === 'string' && typeof branch.pattern === 'string');
}

// A field-naming parameter: the form's fields of a fitting kind; a monitoring rule may test a reading instead, and a
// record's problem fields are fields of the list its `problems.field` names.
function fieldReferenceUi(parent: string | undefined, name: string, kinds: readonly string[]): UiSchema {
  const options: Record<string, string[] | boolean> = { kinds: [...kinds] };
  if (parent === 'rules') options.onReadings = true;
  // The gate's entry rules may also test what the server works out before they run (whether the commitment was signed).
  if (parent === 'entryRules') options.computedFacts = true;
  if (parent === 'problems' && name !== 'field') options.itemsOf = ['problems', 'field'];
  return { 'ui:widget': 'formField', 'ui:options': options };
}

function objectUi(schema: RJSFSchema, name: string | undefined, locale: Locale, optional: boolean): UiSchema {
  const required = new Set((schema.required ?? []) as string[]);
  const ui: UiSchema = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, child]) => [key, uiOf(child as RJSFSchema, key, locale, name, !required.has(key))]),
  );
  // Values keyed by name (the figures a collection maps to its fields).
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    ui.additionalProperties = uiOf(schema.additionalProperties as RJSFSchema, '*', locale, name);
  return optional ? { ...ui, 'ui:field': 'optionalBlock' } : ui;
}

// `parent` is the property that holds this one (`overdue` for `overdue.template`), for names that mean different things;
// `optional`: the parent does not require it (an object then is a block added and removed whole).
function uiOf(schema: RJSFSchema | undefined, name: string | undefined, locale: Locale, parent?: string, optional = false): UiSchema {
  if (!schema || typeof schema !== 'object') return {};
  // A custom field stands in for the oneOf/anyOf chooser rjsf would otherwise draw beside it.
  if (name === 'actor') return { 'ui:field': 'actor', 'ui:fieldReplacesAnyOrOneOf': true, 'ui:label': false };
  if (name && JSON_BLOCKS.has(name)) return { 'ui:field': 'json', 'ui:label': false };
  // A ladder's decision table has its own editor (the rules table beside the params); here it shows as JSON.
  if (name === 'rules' && (schema.items as RJSFSchema | undefined)?.properties?.when) return { 'ui:field': 'json', 'ui:label': false };
  if (name && /^(template|[A-Za-z]+Template)$/.test(name)) {
    const whenUnset = templateWhenUnset(parent, name);
    return { 'ui:widget': 'template', 'ui:options': { purposes: [...fittingPurposes(parent, name)], ...(whenUnset ? { whenUnset } : {}) } };
  }
  const kinds = name ? fieldReferenceKinds(parent, name) : undefined;
  if (name && kinds && schema.type === 'string') return fieldReferenceUi(parent, name, kinds);
  if (name === 'onObjection' && schema.type === 'string') return { 'ui:widget': 'rung' };
  if (name === 'priority' && schema.type === 'integer') return { 'ui:widget': 'priority' };
  // An overdue alert's unit (a working group or an inspection body) is free text in the schema; picked from the list.
  if (name === 'workingGroupKey' && schema.type === 'string' && !schema.enum) return { 'ui:widget': 'orgUnit' };
  if (name && PICKER_OF_LIST[name] && schema.type === 'array') return { 'ui:field': PICKER_OF_LIST[name], 'ui:label': false };
  // "15:00" or "2 hours": a time of day or a duration, offered as one list of choices.
  if (isStringChoice(schema)) return { 'ui:field': 'whenText', 'ui:fieldReplacesAnyOrOneOf': true, 'ui:label': false };
  if (typeof schema.pattern === 'string' && WIDGET_OF_PATTERN[schema.pattern]) return { 'ui:widget': WIDGET_OF_PATTERN[schema.pattern] };
  if (Array.isArray(schema.enum)) return { 'ui:enumNames': enumNames(schema.enum, locale) };
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object') {
    const items = schema.items as RJSFSchema;
    if (schema.uniqueItems && Array.isArray(items.enum)) return { 'ui:widget': 'checkboxes', items: uiOf(items, undefined, locale) };
    return { items: uiOf(items, name === 'stages' ? undefined : name, locale, parent), 'ui:options': { orderable: true } };
  }
  if (schema.properties || (schema.type === 'object' && schema.additionalProperties)) return objectUi(schema, name, locale, optional);
  return {};
}

/** The parameter editor's uiSchema for `schema` in `locale`. */
export function paramsUiSchema(schema: RJSFSchema, locale: Locale): UiSchema {
  return { ...uiOf(schema, undefined, locale), 'ui:submitButtonOptions': { norender: true } };
}
