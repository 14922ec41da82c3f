// The names of a form's fields as params may refer to them: top-level properties, including those a condition
// (if/then/else, allOf, anyOf, oneOf, dependencies) adds, since a conditional field is still a field of the form.
import type { RJSFSchema } from '@rjsf/utils';

type Node = Record<string, unknown>;

function collect(node: unknown, names: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as Node;
  for (const name of Object.keys((schema.properties as Node | undefined) ?? {})) names.add(name);
  for (const keyword of ['if', 'then', 'else']) collect(schema[keyword], names);
  for (const keyword of ['allOf', 'anyOf', 'oneOf'])
    for (const branch of (schema[keyword] as unknown[] | undefined) ?? []) collect(branch, names);
  for (const branch of Object.values((schema.dependencies as Node | undefined) ?? {})) if (!Array.isArray(branch)) collect(branch, names);
}

/** Every field name the form's schema declares at its top level, conditional ones included. */
export function formFieldNames(schema: RJSFSchema): Set<string> {
  const names = new Set<string>();
  collect(schema, names);
  return names;
}

/** The values a choice field offers (`enum` or `oneOf[].const`), with the pointer of each under the field. */
export function choiceValues(field: RJSFSchema | undefined): { value: unknown; path: string }[] {
  if (!field) return [];
  if (Array.isArray(field.enum)) return field.enum.map((value, index) => ({ value, path: `/enum/${index}` }));
  return ((field.oneOf ?? []) as RJSFSchema[]).map((choice, index) => ({ value: choice.const, path: `/oneOf/${index}/const` }));
}
