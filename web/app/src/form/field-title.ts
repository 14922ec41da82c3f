// Names a field for people: the schema's title at that path, else the path itself.
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
