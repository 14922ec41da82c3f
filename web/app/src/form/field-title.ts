// Names a field and its chosen value for people: the schema's titles at that path, else the raw path or value.
// A conditional field (the builder keeps it in the root's `allOf[].then`) is looked up in every branch that declares
// it, as the validation messages do (forms/field-schemas-at.ts), so the summary never names it by its key.
import type { RJSFSchema } from '@rjsf/utils';
import { fieldSchemasAt, fieldTitleAt } from '#forms/field-schemas-at';

/** The titles along a path, joined (`联络人 › 手机号码`); the raw segments where a title is missing. */
export function fieldTitle(schema: RJSFSchema | undefined, segments: readonly string[]): string {
  return segments
    .map((segment, index) =>
      /^\d+$/.test(segment) ? `#${Number(segment) + 1}` : (fieldTitleAt(schema, segments.slice(0, index + 1)) ?? segment),
    )
    .join(' › ');
}

/** The schema of the field at a path (through properties, array items and conditional branches), when the schema
 * describes it. */
export function fieldSchema(schema: RJSFSchema | undefined, segments: readonly string[]): RJSFSchema | undefined {
  return fieldSchemasAt(schema, segments)[0];
}

/** The title of a chosen value (`personnel_return` → 人员返岗) from the field's `oneOf`/`anyOf` options, if it has one. */
export function choiceTitle(node: RJSFSchema | undefined, value: unknown): string | undefined {
  const options = node?.oneOf ?? node?.anyOf;
  if (!Array.isArray(options)) return undefined;
  const match = options.find((option) => typeof option === 'object' && option !== null && option.const === value);
  return typeof match === 'object' && match !== null && typeof match.title === 'string' ? match.title : undefined;
}
