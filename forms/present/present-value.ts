// The one way stored data reaches a reader: a submitted or decided value walked through the form definition it was
// made with, into a tree of labelled words (titles, choice titles, dates, numbers, yes/no, files, signatures, nested
// fields and items). Pure and shared: the React pages draw the tree (web/app/src/form/value-view.tsx), the server writes
// it into sentences. With `full`, it also applies the personal-data policy's masks; values the server already masked
// are shown as masked, never as broken data.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { FREE_TEXT_MASK, HEALTH_MASK, maskValue } from '#core/privacy/mask';
import { isPersonalKind, PERSONAL_KEYWORD, type PersonalKind } from '#core/privacy/personal-kind';
import { fieldOrder } from './field-order';
import { CHOICE_GLOSSARY, FIELD_GLOSSARY, formatDay, formatMoment, formatNumber, PRESENT_WORDS } from './present-words';
import { branches, isChoiceList } from './schema-branches';

/** A value as a reader sees it. */
export type Shown =
  | { kind: 'text'; text: string }
  | { kind: 'blank'; text: string }
  | { kind: 'masked'; text: string }
  | { kind: 'file'; text: string; href: string | null }
  | { kind: 'signature'; text: string; src: string | null }
  | { kind: 'fields'; fields: ShownField[] }
  | { kind: 'items'; items: ShownField[] };

/** One labelled value. */
export interface ShownField {
  key: string;
  label: string;
  value: Shown;
}

/** An uploaded file the data refers to (`upload:<id>`), as the server names it. */
export interface FileName {
  fileName: string;
}

/** How to present. */
export interface PresentOptions {
  locale: Locale;
  /** Names of the uploads the data refers to, by reference (`upload:<id>`). */
  files?: Record<string, FileName>;
  /** A title for a key the schema does not title (the page's dictionary); the glossary is asked first. */
  label?: (key: string) => string | undefined;
  /** Given by a caller that applies the policy itself: false masks a personal value of that kind. */
  full?: (kind: PersonalKind) => boolean;
  /** Keys of the top level left out (a result's bookkeeping that has its own sentence). */
  omit?: readonly string[];
  /** The uiSchema of the value presented: its `ui:order` orders the fields as the form shows them. */
  uiSchema?: UiSchema;
}

type Node = RJSFSchema | undefined;

function first<T>(node: Node, pick: (s: RJSFSchema) => T | undefined): T | undefined {
  for (const s of branches(node)) {
    const found = pick(s);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The schema of property `key`, from every branch that declares it. */
export function propertyOf(node: Node, key: string): RJSFSchema | undefined {
  const found = branches(node)
    .map((s) => (s.properties as Record<string, RJSFSchema> | undefined)?.[key])
    .filter((s): s is RJSFSchema => Boolean(s) && typeof s === 'object');
  return found.length === 0 ? undefined : found.length === 1 ? found[0] : { allOf: found };
}

function itemsOf(node: Node): RJSFSchema | undefined {
  return first(node, (s) => (s.items && typeof s.items === 'object' && !Array.isArray(s.items) ? (s.items as RJSFSchema) : undefined));
}

function personalOf(node: Node): PersonalKind | null {
  return (
    first(node, (s) => {
      const mark = (s as Record<string, unknown>)[PERSONAL_KEYWORD];
      return isPersonalKind(mark) ? mark : undefined;
    }) ?? null
  );
}

/** The title of a choice `value` from the field's oneOf/anyOf/enum options (glossary for known workflow choices). */
export function choiceTitleOf(node: Node, value: unknown, locale: Locale): string | undefined {
  const options = first(node, (s) => (isChoiceList(s.oneOf) ? s.oneOf : isChoiceList(s.anyOf) ? s.anyOf : undefined)) as
    RJSFSchema[] | undefined;
  const match = options?.find((o) => o.const === value);
  const glossary = typeof value === 'string' ? CHOICE_GLOSSARY[value]?.[locale] : undefined;
  // A reader of English gets the glossary's word when the definition only titles the choice in Chinese.
  if (locale === 'en' && glossary && (!match?.title || /[\u4e00-\u9fff]/.test(match.title))) return glossary;
  if (typeof match?.title === 'string') return match.title;
  const names = first(node, (s) => (s as Record<string, unknown>).enumNames as string[] | undefined);
  const index = first(node, (s) => (Array.isArray(s.enum) ? s.enum.indexOf(value as never) : undefined));
  if (names && index !== undefined && index >= 0 && names[index]) return names[index];
  return glossary;
}

// A decision form's title may carry a hint for the person filling it ("说明（退回、不予受理时必填）"): a reader of the
// decided value needs the name only.
const FILL_HINT = /\s*[（(][^（）()]*(必填|required)[^（）()]*[）)]\s*$/i;

/** The title a reader sees for `key`: the schema's, the glossary's, the caller's dictionary, else a neutral word. */
export function fieldLabel(node: Node, key: string, options: PresentOptions): string {
  const title = first(node, (s) => (typeof s.title === 'string' && s.title ? s.title.replace(FILL_HINT, '') : undefined));
  const glossary = FIELD_GLOSSARY[key]?.[options.locale];
  if (title && !(options.locale === 'en' && glossary && /[\u4e00-\u9fff]/.test(title))) return title;
  return glossary ?? options.label?.(key) ?? title ?? PRESENT_WORDS[options.locale].otherField;
}

const MASKS = new Set<string>([...Object.values(HEALTH_MASK), ...Object.values(FREE_TEXT_MASK)]);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UPLOAD_REF = /^upload:([0-9a-f-]{36})$/;

function isMasked(kind: PersonalKind | null, value: unknown): boolean {
  return kind !== null && typeof value === 'string' && (MASKS.has(value) || /\*{3,}/.test(value));
}

function scalar(node: Node, key: string, value: unknown, options: PresentOptions): Shown {
  const words = PRESENT_WORDS[options.locale];
  const choice = choiceTitleOf(node, value, options.locale);
  if (choice !== undefined) return { kind: 'text', text: choice };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? words.yes : words.no };
  if (typeof value === 'number') return { kind: 'text', text: formatNumber(value, options.locale) };
  const text = String(value);
  const upload = UPLOAD_REF.exec(text);
  if (upload) {
    const href = `/api/uploads/${upload[1]}`;
    const widget = first(node, (s) => (s as Record<string, unknown>)['x-widget'] as string | undefined);
    if (widget === 'signature' || /signature/i.test(key)) return { kind: 'signature', text: words.signature, src: href };
    return { kind: 'file', text: options.files?.[text]?.fileName ?? words.file, href };
  }
  const format = first(node, (s) => s.format);
  if (format === 'date' || (format === undefined && /^\d{4}-\d{2}-\d{2}$/.test(text)))
    return { kind: 'text', text: formatDay(text, options.locale) };
  if (format === 'date-time' || ISO_TIME.test(text)) return { kind: 'text', text: formatMoment(text, options.locale) };
  return { kind: 'text', text };
}

/** One value of `node` as a reader sees it. */
export function presentValue(node: Node, value: unknown, options: PresentOptions, key = ''): Shown {
  const words = PRESENT_WORDS[options.locale];
  const personal = personalOf(node);
  if (personal && options.full && !options.full(personal)) value = maskValue(personal, value, options.locale);
  if (value === undefined || value === null || value === '') return { kind: 'blank', text: words.blank };
  if (isMasked(personal, value)) return { kind: 'masked', text: String(value) };
  if (Array.isArray(value)) {
    const items = itemsOf(node);
    if (value.length === 0) return { kind: 'blank', text: words.blank };
    const shown = value.map((item, index) => ({
      key: String(index),
      label: words.item(index + 1),
      value: presentValue(items, item, { ...options, uiSchema: uiOf(options.uiSchema, 'items') }, key),
    }));
    // A list of plain choices or words reads as one line ("人员返岗、交通运输").
    if (shown.every((s) => s.value.kind === 'text')) {
      return { kind: 'text', text: shown.map((s) => (s.value as { text: string }).text).join(words.listSeparator) };
    }
    return { kind: 'items', items: shown };
  }
  if (typeof value === 'object') {
    const fields = presentFields(node, value as Record<string, unknown>, options);
    return fields.length ? { kind: 'fields', fields } : { kind: 'blank', text: words.blank };
  }
  return scalar(node, key, value, options);
}

function uiOf(uiSchema: UiSchema | undefined, key: string): UiSchema | undefined {
  const entry: unknown = uiSchema?.[key];
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as UiSchema) : undefined;
}

/** The fields of a record in the order the form shows them (then any others), each labelled and presented. */
export function presentFields(node: Node, data: Record<string, unknown>, options: PresentOptions): ShownField[] {
  const order = fieldOrder(node, options.uiSchema);
  const keys = [...new Set([...order.filter((k) => Object.hasOwn(data, k)), ...Object.keys(data)])];
  return keys.map((key) => {
    const child = propertyOf(node, key);
    const childOptions = { ...options, omit: undefined, uiSchema: uiOf(options.uiSchema, key) };
    return { key, label: fieldLabel(child, key, options), value: presentValue(child, data[key], childOptions, key) };
  });
}

/** A submitted or decided record as labelled values; `omit` leaves out top-level keys. */
export function presentRecord(schema: Node, data: Record<string, unknown>, options: PresentOptions): ShownField[] {
  const omit = new Set(options.omit ?? []);
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !omit.has(key)));
  return presentFields(schema, kept, options);
}

/** The tree as plain lines ("问题类别：人员返岗"), for emails, exports and tests. */
export function shownText(fields: ShownField[], indent = ''): string[] {
  return fields.flatMap((field) => {
    const value = field.value;
    if (value.kind === 'fields') return [`${indent}${field.label}:`, ...shownText(value.fields, `${indent}  `)];
    if (value.kind === 'items') return [`${indent}${field.label}:`, ...shownText(value.items, `${indent}  `)];
    return [`${indent}${field.label}: ${value.text}`];
  });
}
