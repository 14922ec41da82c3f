// Reads a definition's schema, uiSchema and English texts into the builder's field tree. Every keyword and text it
// does not take apart stays in a `…Rest` record, so fields-to-schema.ts gives the same definition back.
import { isPersonalKind } from '#core/privacy/personal-kind';
import type { BuilderField, BuilderForm, ChoiceOption, Condition, FormParts } from './field-model';
import { fieldKindOf } from './field-kind-of';
import { isConditionEntry, isObject, type Json } from './json-shapes';
import { splitUnit } from './unit-in-title';

// English texts not yet claimed by a field; what is left at the end is the form's i18nRest.
type Unclaimed = Record<string, string>;

let counter = 0;
/** A new id for a field of this editing session. */
export function newFieldId(): string {
  counter += 1;
  return `f${counter}`;
}

function claim(texts: Unclaimed, pointer: string): string {
  const text = texts[pointer];
  delete texts[pointer];
  return text ?? '';
}

function options(list: { const: string; title: string }[], pointer: string, texts: Unclaimed): ChoiceOption[] {
  return list.map((option, index) => ({
    value: option.const,
    title: { 'zh-CN': option.title, en: claim(texts, `${pointer}/${index}`) },
  }));
}

/** The child fields of a section or group, in their `ui:order` (when it has one) or their schema order. */
function children(schema: Json, ui: Json, pointer: string, texts: Unclaimed): BuilderField[] {
  const properties = schema.properties as Record<string, Json>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]).filter((name) => name in properties) : [];
  const names = [...order, ...Object.keys(properties).filter((name) => !order.includes(name))];
  return names.map((name) => {
    const field = readField(name, properties[name]!, isObject(ui[name]) ? ui[name] : {}, `${pointer}/${name}`, texts);
    return { ...field, required: required.includes(name) };
  });
}

// The builder's own keywords of each kind; the rest of the schema is kept as it was.
function readKind(field: BuilderField, schema: Json, ui: Json, pointer: string, texts: Unclaimed): void {
  const rest = field.schemaRest;
  const own = (...keys: string[]) => keys.forEach((key) => delete rest[key]);
  switch (field.kind) {
    case 'other':
      return;
    case 'number':
      field.integer = schema.type === 'integer';
      if (typeof schema.minimum === 'number') field.minimum = schema.minimum;
      if (typeof schema.maximum === 'number') field.maximum = schema.maximum;
      own('type', ...['minimum', 'maximum'].filter((key) => typeof schema[key] === 'number'));
      for (const locale of ['zh-CN', 'en'] as const) {
        const { title, unit } = splitUnit(field.title[locale], locale);
        field.title[locale] = title;
        field.unit[locale] = unit;
      }
      return;
    case 'choice':
      field.options = options(schema.oneOf as never, `${pointer}/oneOf`, texts);
      return own('type', 'oneOf');
    case 'multiChoice':
      field.options = options((schema.items as Json).oneOf as never, `${pointer}/items/oneOf`, texts);
      return own('type', 'items', 'uniqueItems');
    case 'file':
      field.multiple = schema.type === 'array';
      return own('type', field.multiple ? 'items' : 'format');
    case 'signature':
      return own('type', 'format', 'x-widget');
    case 'longText':
      delete field.uiRest['ui:widget'];
      return own('type');
    case 'section':
    case 'group': {
      const group = field.kind === 'group';
      const node = group ? (schema.items as Json) : schema;
      const nodeUi = group ? (isObject(ui.items) ? ui.items : {}) : ui;
      field.children = children(node, nodeUi, group ? `${pointer}/items` : pointer, texts);
      field.ordered = Array.isArray(nodeUi['ui:order']);
      const ownUi = Object.fromEntries(Object.entries(nodeUi).filter(([key]) => key.startsWith('ui:') && key !== 'ui:order'));
      if (group) {
        delete field.uiRest.items;
        if (Object.keys(ownUi).length) field.uiRest.items = ownUi;
      } else field.uiRest = ownUi;
      return own('type', group ? 'items' : 'properties', ...(group ? [] : ['required']));
    }
    case 'text':
    case 'yesNo':
      // A text's format (email…) is not the builder's: it stays.
      return own('type');
    default:
      // date and the identifier kinds: their type and format say everything.
      return own('type', 'format');
  }
}

/** One field from its schema and uiSchema; `pointer` is where its English texts are (`/name`, `/section/name`). */
export function readField(name: string, schema: Json, ui: Json, pointer: string, texts: Unclaimed): BuilderField {
  const rest: Json = { ...schema };
  const text = (key: string): string => {
    const value = rest[key];
    if (typeof value !== 'string') return '';
    delete rest[key];
    return value;
  };
  const personal = isPersonalKind(schema['x-personal']) ? schema['x-personal'] : null;
  if (personal) delete rest['x-personal'];
  const help = text('description');
  const field: BuilderField = {
    id: newFieldId(),
    name,
    kind: fieldKindOf(schema, ui),
    title: { 'zh-CN': text('title'), en: claim(texts, pointer) },
    help: { 'zh-CN': help, en: help ? claim(texts, `${pointer}/description`) : '' },
    required: false,
    personal,
    unit: { 'zh-CN': '', en: '' },
    integer: false,
    options: [],
    multiple: false,
    children: [],
    ordered: false,
    condition: null,
    schemaRest: rest,
    uiRest: { ...ui },
  };
  readKind(field, schema, ui, pointer, texts);
  return field;
}

function conditionOf(entry: { if: Json }): Condition {
  const [field, test] = Object.entries(entry.if.properties as Record<string, { const: Condition['equals'] }>)[0]!;
  return { field, equals: test.const };
}

// A builder-made form with conditional fields says "no other keys" with propertyNames (additionalProperties would
// refuse the fields declared under `then`); read back, that is the usual `additionalProperties: false`.
function closedByNames(rest: Json, names: string[]): boolean {
  const list = isObject(rest.propertyNames) && Object.keys(rest.propertyNames).length === 1 ? rest.propertyNames.enum : undefined;
  return Array.isArray(list) && list.length === names.length && names.every((name) => list.includes(name));
}

/** The builder's picture of a definition's schema, uiSchema and English texts. */
export function schemaToForm(parts: FormParts): BuilderForm {
  const { schema, uiSchema } = parts;
  const texts: Unclaimed = { ...parts.i18n };
  const rootRest: Json = { ...schema };
  for (const key of ['type', 'properties', 'required']) delete rootRest[key];
  const root = children(
    { properties: isObject(schema.properties) ? schema.properties : {}, required: schema.required },
    uiSchema,
    '',
    texts,
  );
  const conditional: BuilderField[] = [];
  const otherRules: unknown[] = [];
  (Array.isArray(schema.allOf) ? schema.allOf : []).forEach((entry: unknown, index) => {
    if (!isConditionEntry(entry)) return void otherRules.push(entry);
    const [name, fieldSchema] = Object.entries(entry.then.properties as Record<string, Json>)[0]!;
    const ui = uiSchema[name];
    const field = readField(name, fieldSchema, isObject(ui) ? ui : {}, `/allOf/${index}/then/${name}`, texts);
    conditional.push({ ...field, required: Array.isArray(entry.then.required), condition: conditionOf(entry) });
  });
  delete rootRest.allOf;
  if (otherRules.length) rootRest.allOf = otherRules;
  const all = [...root, ...conditional];
  if (
    conditional.length &&
    closedByNames(
      rootRest,
      all.map((field) => field.name),
    )
  ) {
    delete rootRest.propertyNames;
    rootRest.additionalProperties = false;
  }
  const order = Array.isArray(uiSchema['ui:order']) ? (uiSchema['ui:order'] as string[]) : [];
  const rank = (field: BuilderField) => (order.includes(field.name) ? order.indexOf(field.name) : order.length + all.indexOf(field));
  const names = new Set(all.map((field) => field.name));
  const uiRootRest = Object.fromEntries(Object.entries(uiSchema).filter(([key]) => key !== 'ui:order' && !names.has(key)));
  return { fields: all.sort((a, b) => rank(a) - rank(b)), rootRest, uiRootRest, i18nRest: texts };
}
