// The 字段 group of the version diff: fields added, removed, renamed, made required or optional, their choices, range,
// unit and condition, and fields moved, the fields a group holds (「四个到位」 › 「防控机制到位」 › …) as well; anything else
// about a field falls back to its setting's name and values.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { fieldOrder } from '#forms/present/field-order';
import { propertyOf } from '#forms/present/present-value';
import { CHANGE_WORDS } from './definition-change-words';
import { fieldViews, type ComparedDefinition, type FieldView } from './field-view';
import { settingChange, settingName } from './setting-words';

// Keywords the sentences above already speak of; any other difference of a field is shown as a setting.
const WORDED = new Set([
  'title',
  'description',
  'type',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'oneOf',
  'anyOf',
  'enum',
  'enumNames',
  'items',
]);

function detail(view: FieldView, locale: Locale): string {
  const words = CHANGE_WORDS[locale];
  const parts = [
    words.types[view.type] ?? '',
    view.unit ? words.unit(view.unit) : '',
    ...view.range,
    view.required ? words.required : '',
    view.requiredWhen ? words.requiredWhen(view.requiredWhen) : '',
    view.choices.size ? words.options([...view.choices.values()].map(words.quote).join(words.sep)) : '',
    view.condition ? words.shownWhen(view.condition) : '',
  ].filter(Boolean);
  return parts.length ? `${words.detailOpen}${parts.join(words.detailSep)}${words.detailClose}` : '';
}

function choiceChanges(before: FieldView, after: FieldView, field: string, locale: Locale): string[] {
  const words = CHANGE_WORDS[locale];
  const list = (titles: string[]) => titles.map(words.quote).join(words.sep);
  const added = [...after.choices].filter(([value]) => !before.choices.has(value)).map(([, title]) => title);
  const removed = [...before.choices].filter(([value]) => !after.choices.has(value)).map(([, title]) => title);
  const renamed = [...after.choices].filter(([value, title]) => before.choices.has(value) && before.choices.get(value) !== title);
  return [
    ...(added.length ? [words.optionsAdded(field, list(added))] : []),
    ...(removed.length ? [words.optionsRemoved(field, list(removed))] : []),
    ...renamed.map(([value, title]) => words.optionRenamed(field, words.quote(before.choices.get(value)!), words.quote(title))),
  ];
}

// A group's own fields and which of them are required are worded field by field (see `fieldChangeLines`).
const GROUP_WORDED = new Set(['properties', 'required']);

function settingChanges(before: RJSFSchema | undefined, after: RJSFSchema | undefined, field: string, locale: Locale): string[] {
  const words = CHANGE_WORDS[locale];
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const group = isGroup(before) && isGroup(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !WORDED.has(key) && !(group && GROUP_WORDED.has(key)));
  return keys
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => words.otherSetting(`${field}${words.pathSep}${settingName(key, locale)}`, ...settingChange(key, a[key], b[key], locale)));
}

// `within`: the titles of the groups that hold the field, each followed by the path separator ('' at the top).
function fieldChanges(
  before: FieldView,
  after: FieldView,
  raw: [RJSFSchema | undefined, RJSFSchema | undefined],
  locale: Locale,
  within: string,
) {
  const words = CHANGE_WORDS[locale];
  const field = `${within}${words.quote(after.title)}`;
  const range = (view: FieldView) => (view.range.length ? view.range.join(words.detailSep) : words.noRange);
  const out: string[] = [];
  if (before.title !== after.title) out.push(words.fieldRenamed(`${within}${words.quote(before.title)}`, words.quote(after.title)));
  if (before.type !== after.type)
    out.push(words.typeChanged(field, words.types[before.type] ?? before.type, words.types[after.type] ?? after.type));
  if (before.unit !== after.unit) out.push(words.unitChanged(field, before.unit || words.none, after.unit || words.none));
  // Required always, only under a condition (an if/then or a dependency on another field), or never.
  const needed = (view: FieldView) => (view.required ? words.required : view.requiredWhen);
  if (needed(before) !== needed(after))
    out.push(
      after.required
        ? words.madeRequired(field)
        : after.requiredWhen
          ? words.nowRequiredWhen(field, after.requiredWhen)
          : words.madeOptional(field),
    );
  out.push(...choiceChanges(before, after, field, locale));
  if (range(before) !== range(after)) out.push(words.rangeChanged(field, range(before), range(after)));
  if (before.condition !== after.condition)
    out.push(after.condition ? words.nowShownWhen(field, after.condition) : words.nowAlwaysShown(field));
  if (before.hint !== after.hint) out.push(words.hintChanged(field));
  out.push(...settingChanges(raw[0], raw[1], field, locale));
  return out;
}

// A field's settings where the form declares it: its top-level node, not the condition branches that restate it to
// test its value (a dependency's oneOf: `{ properties: { level: { const: 'high' } } }`).
function ownNode(schema: RJSFSchema, name: string): RJSFSchema | undefined {
  const own = (schema.properties as Record<string, RJSFSchema> | undefined)?.[name];
  return own ?? propertyOf(schema, name);
}

const isGroup = (node: RJSFSchema | undefined) => Boolean(node?.properties && typeof node.properties === 'object');

// A field that groups others (an object with properties) as a definition of its own: its fields, their display
// settings and their English texts (the pointers under the group's, made relative to it).
function groupDefinition(definition: ComparedDefinition, name: string): ComparedDefinition | undefined {
  const node = ownNode(definition.schema, name);
  if (!isGroup(node)) return undefined;
  const prefix = `/${name}/`;
  const en = Object.entries(definition.i18n?.en ?? {})
    .filter(([pointer]) => pointer.startsWith(prefix))
    .map(([pointer, text]) => [`/${pointer.slice(prefix.length)}`, text]);
  const ui = (definition.uiSchema as Record<string, unknown> | undefined)?.[name];
  return {
    ...definition,
    schema: node!,
    uiSchema: (ui && typeof ui === 'object' ? ui : {}) as UiSchema,
    i18n: { en: Object.fromEntries(en) },
  };
}

// The fields kept in their order are the longest common subsequence of both orders; the others were moved.
function movedFields(before: string[], after: string[]): Set<string> {
  const common = new Set(before.filter((name) => after.includes(name)));
  const a = before.filter((name) => common.has(name));
  const b = after.filter((name) => common.has(name));
  const lengths = a.map(() => new Array<number>(b.length + 1).fill(0));
  lengths.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(b.filter((name) => !kept.has(name)));
}

/** The 字段 sentences for `after` against `before`, in the order the new form shows its fields, removed ones last; the
 * fields of a group kept in both follow the group's, named after it. `within` names the groups that hold these fields. */
export function fieldChangeLines(before: ComparedDefinition, after: ComparedDefinition, locale: Locale, within = ''): string[] {
  const words = CHANGE_WORDS[locale];
  const old = fieldViews(before, locale);
  const now = fieldViews(after, locale);
  const oldOrder = fieldOrder(before.schema, before.uiSchema);
  const newOrder = fieldOrder(after.schema, after.uiSchema);
  const moved = movedFields(oldOrder, newOrder);
  const names = [...newOrder, ...[...now.keys()].filter((name) => !newOrder.includes(name))];
  const out: string[] = [];
  for (const name of names) {
    const view = now.get(name);
    if (!view) continue;
    const was = old.get(name);
    const field = `${within}${words.quote(view.title)}`;
    if (!was) out.push(words.fieldAdded(field, detail(view, locale)));
    else out.push(...fieldChanges(was, view, [ownNode(before.schema, name), ownNode(after.schema, name)], locale, within));
    if (moved.has(name)) out.push(words.moved(field));
    const groups = was ? [groupDefinition(before, name), groupDefinition(after, name)] : [];
    if (groups[0] && groups[1]) out.push(...fieldChangeLines(groups[0], groups[1], locale, `${field}${words.pathSep}`));
  }
  for (const [name, view] of old) if (!now.has(name)) out.push(words.fieldRemoved(`${within}${words.quote(view.title)}`));
  return out;
}
