// The form's own fields as the parameter editor offers them where a parameter names one (a ladder's urgent field, a
// collection's liaison fields and figures, a monitoring subject's name field, a record's columns): by their titles in
// the reader's language, only those of a kind the parameter can use, and a stored key the form no longer has kept,
// marked, until replaced. The params still store the field's key.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { fieldSchemasAt } from '#forms/field-schemas-at';
import { formFieldNames } from '#forms/references/form-fields';

/** What a field holds, as far as a parameter cares. */
export type FieldKind = 'boolean' | 'choice' | 'number' | 'date' | 'text' | 'list' | 'group';

/** One field of the form: its key (what the params store), its title and kind, and for a list of records its own fields. */
export interface FormFieldChoice {
  key: string;
  title: string;
  kind: FieldKind;
  items?: FormFieldChoice[];
}

/** How a field schema reads as a kind. */
export function fieldKind(field: RJSFSchema): FieldKind {
  if (field.type === 'boolean') return 'boolean';
  if (Array.isArray(field.enum) || Array.isArray(field.oneOf) || Array.isArray(field.anyOf)) return 'choice';
  if (field.type === 'integer' || field.type === 'number') return 'number';
  if (field.type === 'array') return 'list';
  if (field.type === 'object') return 'group';
  return field.type === 'string' && field.format === 'date' ? 'date' : 'text';
}

function choicesOf(root: RJSFSchema, names: Iterable<string>, english: Record<string, string>, locale: Locale, at: string[]) {
  return [...names].flatMap((key): FormFieldChoice[] => {
    const field = fieldSchemasAt(root, [...at, key])[0];
    if (!field) return [];
    const pointer = `/${[...at.filter((segment) => segment !== '0'), key].join('/items/')}`;
    const zh = typeof field.title === 'string' && field.title.trim() !== '' ? field.title : key;
    const title = locale === 'en' ? (english[pointer] ?? zh) : zh;
    const kind = fieldKind(field);
    const items = kind === 'list' && field.items && typeof field.items === 'object' ? (field.items as RJSFSchema) : undefined;
    const inner = items?.properties ? choicesOf(root, Object.keys(items.properties), english, locale, [...at, key, '0']) : undefined;
    return [inner ? { key, title, kind, items: inner } : { key, title, kind }];
  });
}

/** The form's top-level fields (conditional ones too), titled in `locale` (`english`: the definition's English titles
 * by pointer, `/summary`, `/problems/items/kind`). */
export function formFieldChoices(schema: RJSFSchema | undefined, english: Record<string, string>, locale: Locale): FormFieldChoice[] {
  if (!schema || typeof schema !== 'object') return [];
  return choicesOf(schema, formFieldNames(schema), english, locale, []);
}

const SCALARS: readonly FieldKind[] = ['boolean', 'choice', 'number', 'text', 'date'];

// The kinds of field each field-naming parameter can use, by `parent/name` or name; those the code reads as a yes/no,
// a number or a text (workflows/ladder-workflow.ts: `data[urgent.field] === true`; forms/record-references.ts).
const KINDS_OF_REFERENCE: Readonly<Record<string, readonly FieldKind[]>> = {
  'urgent/field': ['boolean'],
  'liaisonFields/name': ['text'],
  'liaisonFields/mobile': ['text'],
  'liaisonFields/email': ['text'],
  'figures/*': ['number'],
  'subject/nameField': ['text', 'choice'],
  'rules/field': SCALARS,
  'entryRules/field': SCALARS,
  enterpriseField: ['number'],
  dateField: ['date'],
  'columns/peopleMet': ['text'],
  'columns/opinionsCount': ['number'],
  'columns/opinions': ['text'],
  'problems/field': ['list'],
  // Fields of the problems list's records (the list `problems.field` names).
  'problems/kindField': ['choice', 'text'],
  'problems/categoryField': ['choice', 'text'],
  'problems/descriptionField': ['text'],
};

/** The kinds of field the parameter `name` inside `parent` may name; undefined when it names no field of the form. */
export function fieldReferenceKinds(parent: string | undefined, name: string): readonly FieldKind[] | undefined {
  return KINDS_OF_REFERENCE[`${parent ?? ''}/${name}`] ?? KINDS_OF_REFERENCE[name];
}

/** One option of a field select: offered (of a fitting kind), or the stored key the form lacks or cannot use. */
export interface FieldOption {
  value: string;
  label: string;
  state: 'offered' | 'unknown' | 'unfit';
}

/** The fields of `kinds` as options, and the stored `current` key first when it is not among them (unknown when the
 * form has no such field, unfit when it has one of another kind). */
export function fieldOptions(fields: readonly FormFieldChoice[], kinds: readonly FieldKind[], current: string | undefined): FieldOption[] {
  const offered = fields
    .filter((field) => kinds.includes(field.kind))
    .map((field): FieldOption => ({ value: field.key, label: field.title, state: 'offered' }));
  if (!current || offered.some((option) => option.value === current)) return offered;
  const known = fields.find((field) => field.key === current);
  return [{ value: current, label: known ? known.title : current, state: known ? 'unfit' : 'unknown' }, ...offered];
}

/** Facts the server adds to a gate check's data before its entry rules run (forms/references/field-references.ts
 * accepts them): offered beside the form's fields, by their meaning. */
export function computedFactChoices(locale: Locale): FormFieldChoice[] {
  const title = { 'zh-CN': '已签现行健康承诺书（系统判定）', en: 'Current health commitment signed (worked out by the system)' };
  return [{ key: 'commitmentSigned', title: title[locale], kind: 'boolean' }];
}
