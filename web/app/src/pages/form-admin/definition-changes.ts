// What changed from one version of a form to the next, in words and grouped as an admin thinks of a form: 字段,
// 办理流程, 规则, and 其他 for the rest (a short path with the values before and after). Pure: the version diff renders
// it, the tests read it.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { ROLE_NAMES } from '#core/domain/glossary';
import { localizeSchema } from '#forms/form-definition';
import { propertyOf } from '#forms/present/present-value';
import { declaredKeys } from '#forms/present/schema-branches';
import { CHANGE_WORDS } from './definition-change-words';
import { fieldChangeLines } from './field-changes';
import { fieldTitle, fieldViews, type ComparedDefinition, type FieldView } from './field-view';
import { processChangeLines, type DiffNames } from './process-changes';
import { settingChange, settingName } from './setting-words';
import { shortChange, shortValue } from './short-value';

/** The groups, in the order the diff shows them. */
export const CHANGE_GROUPS = ['fields', 'process', 'rules', 'other'] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/** One group of sentences, titled in the reader's language. */
export interface ChangeGroupLines {
  group: ChangeGroup;
  title: string;
  lines: string[];
}

type Json = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function keyedChanges(before: Json, after: Json, name: (key: string) => string, locale: Locale, skip: (key: string) => boolean) {
  const words = CHANGE_WORDS[locale];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => !skip(key) && !same(before[key], after[key]))
    .map((key) => words.otherSetting(name(key), ...settingChange(key, before[key], after[key], locale)));
}

// A pointer into a group's fields by their titles, then the setting it ends in by its name: 「四个到位」 › 「防控机制到位」 ›
// 「防控机制落实情况」, 「问题类别」 › 填写说明 (a hint's `description`).
function groupPath(schema: RJSFSchema, parts: string[], locale: Locale): string {
  const words = CHANGE_WORDS[locale];
  const titles: string[] = [];
  let node: RJSFSchema | undefined = schema;
  for (const part of parts) {
    node = node && propertyOf(node, part);
    titles.push(node ? words.quote(typeof node.title === 'string' ? node.title : part) : settingName(part, locale));
  }
  return titles.join(words.pathSep);
}

// A field's display settings one by one, by their names (输入方式：单行文字 → 多行文字); a group's own fields' settings under
// its title. `schema` is the localized node holding the fields, `label` what the line starts with.
function displayLines(before: unknown, after: unknown, schema: RJSFSchema | undefined, label: string, locale: Locale): string[] {
  const words = CHANGE_WORDS[locale];
  const a = (isJson(before) ? before : {}) as Json;
  const b = (isJson(after) ? after : {}) as Json;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !same(a[key], b[key]) && key !== 'ui:order')
    .flatMap((key) => {
      const child = key.startsWith('ui:') ? undefined : propertyOf(schema, key);
      if (child) {
        const title = words.quote(typeof child.title === 'string' ? child.title : key);
        return displayLines(a[key], b[key], child, `${label}${words.pathSep}${title}`, locale);
      }
      return [
        words.otherSetting(
          `${words.display(label)}${words.pathSep}${settingName(key, locale)}`,
          ...settingChange(key, a[key], b[key], locale),
        ),
      ];
    });
}
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

// English texts of fields both versions have (a new field's or option's texts come with it); a reader of English sees
// them change in the 字段 group already. A pointer reads by titles: 「问题类别」 › 选项「资金」.
function englishLines(before: ComparedDefinition, after: ComparedDefinition, locale: Locale): string[] {
  if (locale === 'en') return [];
  const words = CHANGE_WORDS[locale];
  const kept = new Set(declaredKeys(before.schema).filter((key) => declaredKeys(after.schema).includes(key)));
  const either = new Set([...declaredKeys(before.schema), ...declaredKeys(after.schema)]);
  const old = fieldViews(before, locale);
  const now = fieldViews(after, locale);
  const choiceAt = (view: FieldView | undefined, index: string) => [...(view?.choices ?? [])][Number(index)];
  const named = (pointer: string): string | null => {
    const [, field = '', ...rest] = pointer.split('/');
    // A pointer at no field is the form's own text (its schema's title or description).
    if (!kept.has(field))
      return either.has(field)
        ? null
        : `${words.wholeForm}${words.pathSep}${[field, ...rest].map((part) => settingName(part, locale)).join(words.pathSep)}`;
    const title = words.quote(now.get(field)!.title);
    if (rest.length === 0) return title;
    if (rest.length === 2 && (rest[0] === 'oneOf' || rest[0] === 'anyOf')) {
      const choice = choiceAt(now.get(field), rest[1]!);
      if (!choice || !old.get(field)?.choices.has(choice[0])) return null;
      return `${title}${words.pathSep}${words.option(words.quote(choice[1]))}`;
    }
    return groupPath(after.schema, [field, ...rest], locale);
  };
  const a = before.i18n?.en ?? {};
  const b = after.i18n?.en ?? {};
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((pointer) => {
    const name = a[pointer] === b[pointer] ? null : named(pointer);
    return name === null ? [] : [words.otherSetting(words.english(name), shortValue(a[pointer], locale), shortValue(b[pointer], locale))];
  });
}

// Said after the roles when the service class's inspection team members are left out (forms/form-audience.ts).
const leavesOutInspectors = (definition: ComparedDefinition) =>
  definition.audience.includes('special_class') && (definition.audienceExcludes ?? []).includes('inspector');

function otherLines(before: ComparedDefinition, after: ComparedDefinition, locale: Locale): string[] {
  const words = CHANGE_WORDS[locale];
  const audience = (definition: ComparedDefinition) =>
    definition.audience
      .map((role) => ROLE_NAMES[role]?.[locale] ?? role)
      .join(words.sep)
      .concat(leavesOutInspectors(definition) ? words.noInspectors : '');
  const out: string[] = [];
  if (!same(before.title, after.title)) out.push(words.otherSetting(words.formTitle, ...shortChange(before.title, after.title, locale)));
  if (!same(before.description, after.description))
    out.push(words.otherSetting(words.formDescription, ...shortChange(before.description, after.description, locale)));
  if (!same(before.guidance, after.guidance))
    out.push(words.otherSetting(words.formGuidance, ...shortChange(before.guidance, after.guidance, locale)));
  if (audience(before) !== audience(after)) out.push(words.otherSetting(words.audience, audience(before), audience(after)));
  // The schema outside its fields, their required lists and their conditions (the 字段 group words those, a field
  // required only when another holds a value included).
  const schemaKey = (key: string) => `${words.wholeForm}${words.pathSep}${settingName(key, locale)}`;
  out.push(
    ...keyedChanges(before.schema as Json, after.schema as Json, schemaKey, locale, (k) =>
      ['properties', 'required', 'allOf', 'if', 'then', 'dependencies'].includes(k),
    ),
  );
  // A field's display settings by the field's title in the reader's language; the order is the 字段 group's "moved".
  // The form's own display settings (a submit button's) read as the whole form's.
  const fields = new Set([...declaredKeys(before.schema), ...declaredKeys(after.schema)]);
  const localized = (definition: ComparedDefinition) =>
    locale === 'en' ? localizeSchema(definition.schema, definition.i18n?.en) : definition.schema;
  const titled = { ...localized(before), ...localized(after) } as RJSFSchema;
  titled.properties = { ...localized(before).properties, ...localized(after).properties };
  const ui = (definition: ComparedDefinition) => definition.uiSchema as Json;
  for (const key of new Set([...Object.keys(ui(before)), ...Object.keys(ui(after))])) {
    if (key === 'ui:order' || same(ui(before)[key], ui(after)[key])) continue;
    if (fields.has(key)) {
      const node = propertyOf(titled, key);
      const title = words.quote(fieldTitle(titled, key, locale));
      out.push(...displayLines(ui(before)[key], ui(after)[key], node, title, locale));
    } else out.push(...keyedChanges({ [key]: ui(before)[key] }, { [key]: ui(after)[key] }, schemaKey, locale, () => false));
  }
  out.push(...englishLines(before, after, locale));
  return out;
}

export type { DiffNames };

/** The changes from `before` to `after` by group, in `locale`; groups without a change are left out. `names` names what
 * the definitions only point at (email templates). */
export function definitionChanges(
  before: ComparedDefinition,
  after: ComparedDefinition,
  locale: Locale,
  names: DiffNames = {},
): ChangeGroupLines[] {
  const { process, rules } = processChangeLines(before, after, locale, names);
  const lines: Record<ChangeGroup, string[]> = {
    fields: fieldChangeLines(before, after, locale),
    process,
    rules,
    other: otherLines(before, after, locale),
  };
  return CHANGE_GROUPS.filter((group) => lines[group].length > 0).map((group) => ({
    group,
    title: CHANGE_WORDS[locale].group[group],
    lines: lines[group],
  }));
}
