// The editor keeps the JSON parts of a definition as text, so a half-typed edit never loses what the admin wrote;
// a definition is built from the texts only when every one of them parses.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { LocalizedText } from '#core/domain/locale';
import type { Role } from '#core/org/org-types';
import type { AudienceExclusion } from '#forms/form-definition';
import type { EditableDefinition } from '../../api/form-admin-api';
import type { ErrorDetail } from '../../api/api-types';
import { parseJsonText, type JsonSyntaxError } from '../../form/parse-json-text';

/** The JSON text boxes of the editor. */
export const JSON_PARTS = ['schema', 'uiSchema', 'i18n', 'params'] as const;
/** One JSON text box. */
export type JsonPart = (typeof JSON_PARTS)[number];

/** Everything the editor lets an admin change. */
export interface EditorState {
  title: LocalizedText;
  description: LocalizedText;
  /** What the filler reads in place of the description; both texts empty: the form has none. */
  guidance: LocalizedText;
  audience: Role[];
  /** Accounts of those roles the form is not for (the service class's inspection team members). */
  audienceExcludes: AudienceExclusion[];
  processType: string;
  texts: Record<JsonPart, string>;
}

const pretty = (value: unknown) => JSON.stringify(value ?? {}, null, 2);

/** The editor's state for a stored definition. */
export function toEditorState(definition: EditableDefinition): EditorState {
  return {
    title: { ...definition.title },
    description: { ...definition.description },
    guidance: { 'zh-CN': definition.guidance?.['zh-CN'] ?? '', en: definition.guidance?.en ?? '' },
    audience: [...definition.audience],
    audienceExcludes: [...(definition.audienceExcludes ?? [])],
    processType: definition.process.processType,
    texts: {
      schema: pretty(definition.schema),
      uiSchema: pretty(definition.uiSchema),
      i18n: pretty(definition.i18n?.en ?? {}),
      params: pretty(definition.process.params),
    },
  };
}

/** The definition the state describes, or the syntax error of each JSON box that does not parse. */
export type BuiltDefinition =
  { ok: true; definition: EditableDefinition } | { ok: false; syntax: Partial<Record<JsonPart, JsonSyntaxError>> };

/** Builds the definition from the state's texts. */
export function buildDefinition(state: EditorState): BuiltDefinition {
  const values: Partial<Record<JsonPart, unknown>> = {};
  const syntax: Partial<Record<JsonPart, JsonSyntaxError>> = {};
  for (const part of JSON_PARTS) {
    const parsed = parseJsonText(state.texts[part]);
    if (parsed.ok) values[part] = parsed.value;
    else syntax[part] = parsed.error;
  }
  if (Object.keys(syntax).length) return { ok: false, syntax };
  return {
    ok: true,
    definition: {
      title: state.title,
      description: state.description,
      // Absent when both boxes are empty; half-written (one language only), the check says which one is missing.
      ...(state.guidance['zh-CN'].trim() || state.guidance.en.trim() ? { guidance: state.guidance } : {}),
      audience: state.audience,
      // Absent when nobody is left out, as a definition without the setting reads.
      ...(state.audienceExcludes.length ? { audienceExcludes: state.audienceExcludes } : {}),
      schema: values.schema as RJSFSchema,
      uiSchema: values.uiSchema as UiSchema,
      i18n: { en: values.i18n as Record<string, string> },
      process: { processType: state.processType, params: values.params as Record<string, unknown> },
    },
  };
}

/** Where a server problem belongs: one of the JSON boxes, or the fields above them. */
export type ProblemPlace = JsonPart | 'fields';

const PREFIXES: [string, ProblemPlace][] = [
  ['/schema', 'schema'],
  ['/uiSchema', 'uiSchema'],
  ['/i18n', 'i18n'],
  ['/process/params', 'params'],
];

// `/schemaX` is not under `/schema`: a prefix counts only when a path segment ends with it.
function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The server's problems grouped by the box they concern, each path made relative to that box. */
export function problemsByPlace(details: readonly ErrorDetail[]): Record<ProblemPlace, ErrorDetail[]> {
  const grouped: Record<ProblemPlace, ErrorDetail[]> = { schema: [], uiSchema: [], i18n: [], params: [], fields: [] };
  for (const detail of details) {
    const match = PREFIXES.find(([prefix]) => under(detail.path, prefix));
    if (!match) {
      grouped.fields.push(detail);
      continue;
    }
    const [prefix, place] = match;
    const rest = detail.path.slice(prefix.length);
    grouped[place].push({ path: place === 'i18n' ? rest.replace(/^\/en/, '') : rest, message: detail.message });
  }
  return grouped;
}

/** True when two states describe the same edit. */
export function sameState(a: EditorState, b: EditorState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
