// What the generated editor writes back: rjsf hands over optional objects nobody filled as `{}`, cleared values as
// undefined and unfilled list items as null; the params keep none of them, so an untouched optional part (publicity,
// effects…) stays absent, as in JSON. A list the admin emptied stays an empty list, unless the params schema says such
// a list needs items and nothing requires it (an overdue alert's people, `minItems: 1`): then it drops out rather than
// fail its minimum with no way back in the form.
import type { RJSFSchema } from '@rjsf/utils';

function asSchema(node: unknown): RJSFSchema | undefined {
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as RJSFSchema) : undefined;
}

function memberSchema(schema: RJSFSchema | undefined, key: string): RJSFSchema | undefined {
  return asSchema(schema?.properties?.[key]) ?? asSchema(schema?.additionalProperties);
}

function needsItems(schema: RJSFSchema | undefined): boolean {
  return typeof schema?.minItems === 'number' && schema.minItems > 0;
}

/** A copy of `value` without undefined members, objects left empty by that, and (with the params `schema`) optional
 * lists emptied below their minimum. */
export function pruneEmpty(value: unknown, schema?: RJSFSchema, required = true): unknown {
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== null && item !== undefined).map((item) => pruneEmpty(item, asSchema(schema?.items)));
    if (items.length === 0 && (value.length > 0 || (!required && needsItems(schema)))) return undefined;
    return items;
  }
  if (!value || typeof value !== 'object') return value;
  const requiredKeys = new Set((schema?.required ?? []) as string[]);
  const kept: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const pruned = pruneEmpty(member, memberSchema(schema, key), requiredKeys.has(key));
    if (pruned === undefined) continue;
    if (pruned && typeof pruned === 'object' && !Array.isArray(pruned) && Object.keys(pruned).length === 0) continue;
    kept[key] = pruned;
  }
  return kept;
}
