// Where a field's schema is written, for naming it to people: in `properties`, and as much in a branch that shows it
// under a condition — allOf/anyOf/oneOf, if/then/else, `dependencies` — at any depth, in an object's properties and an
// array's items alike. The builder keeps a conditional field in the root's `allOf[].then`, outside `properties`; a
// lookup through `properties` alone named it by its key ("field4：请填写此项").
import type { RJSFSchema } from '@rjsf/utils';
import { branches } from './present/schema-branches';

function asSchema(value: unknown): RJSFSchema | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as RJSFSchema) : undefined;
}

// The schemas one branch gives the value at `segment`: a property by that name, or for an index the array's item.
function childrenOf(node: RJSFSchema, segment: string): RJSFSchema[] {
  const found: RJSFSchema[] = [];
  const properties = asSchema(node.properties) as Record<string, unknown> | undefined;
  const property = properties && Object.hasOwn(properties, segment) ? asSchema(properties[segment]) : undefined;
  if (property) found.push(property);
  if (/^\d+$/.test(segment)) {
    const items: unknown = node.items;
    const item = Array.isArray(items) ? (asSchema(items[Number(segment)]) ?? asSchema(node.additionalItems)) : asSchema(items);
    if (item) found.push(item);
  }
  return found;
}

/** Every schema that describes the value at a data path (`['workers', '0', 'name']`), in every branch that declares
 * it, in the order met (plain `properties` before conditional branches); empty when the schema says nothing of it. */
export function fieldSchemasAt(root: RJSFSchema | undefined, segments: readonly string[]): RJSFSchema[] {
  let nodes: RJSFSchema[] = asSchema(root) ? [root!] : [];
  for (const segment of segments) nodes = nodes.flatMap((node) => branches(node)).flatMap((node) => childrenOf(node, segment));
  return nodes;
}

/** The title of the field at a data path, from the first of its schemas that gives one; undefined when none does. */
export function fieldTitleAt(root: RJSFSchema | undefined, segments: readonly string[]): string | undefined {
  const titled = fieldSchemasAt(root, segments).find((node) => typeof node.title === 'string' && node.title.trim() !== '');
  return titled?.title;
}
