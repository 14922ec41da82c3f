// What changed from one version of a form to the next, in words and grouped as an admin thinks of a form: 字段,
// 办理流程, 规则, and 其他 for the rest (a short path with the values before and after). Pure: the version diff renders
// it, the tests read it.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { ROLE_NAMES } from '#core/domain/glossary';
import { propertyOf } from '#forms/present/present-value';
import { declaredKeys } from '#forms/present/schema-branches';
import { CHANGE_WORDS } from './definition-change-words';
import { fieldChangeLines } from './field-changes';
import { fieldTitle, fieldViews, type ComparedDefinition, type FieldView } from './field-view';
import { processChangeLines, type DiffNames } from './process-changes';
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
    .map((key) => words.otherSetting(name(key), ...shortChange(before[key], after[key], locale)));
}

// A pointer into a group's fields by their titles: 「四个到位」 › 「防控机制到位」 › 「防控机制落实情况」; undefined when a part
// is not a field (a hint's `description`).
function groupPath(schema: RJSFSchema, parts: string[], locale: Locale): string | undefined {
  const words = CHANGE_WORDS[locale];
  const titles: string[] = [];
  let node: RJSFSchema | undefined = schema;
  for (const part of parts) {
    node = propertyOf(node, part);
    if (!node) return undefined;
    titles.push(words.quote(typeof node.title === 'string' ? node.title : part));
  }
  return titles.join(words.pathSep);
}

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
    if (!kept.has(field)) return either.has(field) ? null : pointer;
    const title = words.quote(now.get(field)!.title);
    if (rest.length === 0) return title;
    if (rest.length === 2 && (rest[0] === 'oneOf' || rest[0] === 'anyOf')) {
      const choice = choiceAt(now.get(field), rest[1]!);
      if (!choice || !old.get(field)?.choices.has(choice[0])) return null;
      return `${title}${words.pathSep}${words.option(words.quote(choice[1]))}`;
    }
    return groupPath(after.schema, [field, ...rest], locale) ?? `${title}${words.pathSep}${rest.join('/')}`;
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
  const schemaKey = (key: string) => `schema${words.pathSep}${key}`;
  out.push(
    ...keyedChanges(before.schema as Json, after.schema as Json, schemaKey, locale, (k) =>
      ['properties', 'required', 'allOf', 'if', 'then', 'dependencies'].includes(k),
    ),
  );
  // A field's display settings by the field's title; the order is the 字段 group's "moved".
  const fields = new Set([...declaredKeys(before.schema), ...declaredKeys(after.schema)]);
  const uiName = (key: string) =>
    fields.has(key) ? words.display(words.quote(fieldTitle(after.schema, key, locale))) : `uiSchema${words.pathSep}${key}`;
  out.push(...keyedChanges(before.uiSchema as Json, after.uiSchema as Json, uiName, locale, (k) => k === 'ui:order'));
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
