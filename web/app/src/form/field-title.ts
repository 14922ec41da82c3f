// Names a field and its chosen value for people: the schema's titles at that path, else the raw path or value.
import type { RJSFSchema } from '@rjsf/utils';

function child(node: RJSFSchema | undefined, segment: string): RJSFSchema | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const property = node.properties?.[segment];
  if (property && typeof property === 'object') return property as RJSFSchema;
  const items = node.items;
  if (/^\d+$/.test(segment) && items && typeof items === 'object' && !Array.isArray(items)) return items as RJSFSchema;
  return undefined;
}

/** The titles along a path, joined (`联络人 › 手机号码`); the raw segments where a title is missing. */
export function fieldTitle(schema: RJSFSchema | undefined, segments: readonly string[]): string {
  const names: string[] = [];
  let node = schema;
  for (const segment of segments) {
    node = child(node, segment);
    if (/^\d+$/.test(segment)) names.push(`#${Number(segment) + 1}`);
    else names.push(node?.title ?? segment);
  }
  return names.join(' › ');
}

/** The schema of the field at a path (through properties and array items), when the schema describes it. */
export function fieldSchema(schema: RJSFSchema | undefined, segments: readonly string[]): RJSFSchema | undefined {
  let node = schema;
  for (const segment of segments) node = child(node, segment);
  return node;
}

/** The title of a chosen value (`personnel_return` → 人员返岗) from the field's `oneOf`/`anyOf` options, if it has one. */
export function choiceTitle(node: RJSFSchema | undefined, value: unknown): string | undefined {
  const options = node?.oneOf ?? node?.anyOf;
  if (!Array.isArray(options)) return undefined;
  const match = options.find((option) => typeof option === 'object' && option !== null && option.const === value);
  return typeof match === 'object' && match !== null && typeof match.title === 'string' ? match.title : undefined;
}
