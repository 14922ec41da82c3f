// The builder's picture of a form: a tree of fields an admin can read and edit, each with its texts in both
// languages, instead of three JSON documents (schema, uiSchema, English texts) that must agree with each other.
// What the builder does not edit (a pattern, a default, a placeholder, a rule the JSON view wrote) rides along in the
// `…Rest` records untouched, so turning a definition into fields and back changes nothing.
import type { PersonalKind } from '#core/privacy/personal-kind';

/** The kinds of field the builder offers; `other` is any field it can show but not take apart. */
export const FIELD_KINDS = [
  'text',
  'longText',
  'number',
  'date',
  'choice',
  'multiChoice',
  'yesNo',
  'file',
  'signature',
  'residentId',
  'mobile',
  'creditCode',
  'group',
  'section',
  'other',
] as const;

/** One kind of field. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** A text in both languages; the schema holds zh-CN, the definition's `i18n.en` the English. */
export interface Texts {
  'zh-CN': string;
  en: string;
}

/** One option of a choice field: the stored value and its title in both languages. */
export interface ChoiceOption {
  value: string;
  title: Texts;
}

/** Show a field only when another top-level field has this value (a choice's value, or yes/no). */
export interface Condition {
  field: string;
  equals: string | boolean | number;
}

/** One field of the form. */
export interface BuilderField {
  /** Stable within one editing session (list keys, focus); never stored. */
  id: string;
  /** The property name the data is stored under. */
  name: string;
  kind: FieldKind;
  title: Texts;
  help: Texts;
  required: boolean;
  personal: PersonalKind | null;
  /** Numbers: written after the title, `体温（℃）` / `Temperature (°C)`, as the shipped forms word units. */
  unit: Texts;
  minimum?: number;
  maximum?: number;
  /** Numbers: whole numbers only. */
  integer: boolean;
  /** Choices. */
  options: ChoiceOption[];
  /** Files: several files instead of one. */
  multiple: boolean;
  /** Sections and repeating groups. */
  children: BuilderField[];
  /** Sections and groups: whether their uiSchema carries a `ui:order` of their own. */
  ordered: boolean;
  /** Top-level fields only. */
  condition: Condition | null;
  /** Schema keywords the builder does not edit, as they were. */
  schemaRest: Record<string, unknown>;
  /** uiSchema entries of the field the builder does not edit. */
  uiRest: Record<string, unknown>;
}

/** A whole form as the builder sees it. */
export interface BuilderForm {
  fields: BuilderField[];
  /** Root schema keywords the builder leaves alone (a rule of its own, `additionalProperties`…). */
  rootRest: Record<string, unknown>;
  /** Root uiSchema entries other than `ui:order` and the fields'. */
  uiRootRest: Record<string, unknown>;
  /** English texts at pointers the builder does not own. */
  i18nRest: Record<string, string>;
}

/** The JSON parts of a definition the builder edits. */
export interface FormParts {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  i18n: Record<string, string>;
}

/** Empty texts. */
export const NO_TEXT: Texts = { 'zh-CN': '', en: '' };

/** What a field's name may be: a letter, then letters, digits and underscores. */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
