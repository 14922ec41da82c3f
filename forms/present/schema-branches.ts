// Where a schema says what a value may hold: the node itself and every subschema that may describe the same value.
// Shared by the presenter (titles, choices, formats) and the field order (where a conditional field sits).
import type { RJSFSchema } from '@rjsf/utils';

/** True for a oneOf/anyOf of `const` choices: a list of options, not alternative shapes of the value. */
export function isChoiceList(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0 && list.every((o) => typeof o === 'object' && o !== null && 'const' in o);
}

/** The node and every subschema that may describe the same value (allOf/anyOf/oneOf branches, if/then/else). */
export function branches(node: RJSFSchema | undefined): RJSFSchema[] {
  if (!node || typeof node !== 'object') return [];
  const out: RJSFSchema[] = [node];
  for (const list of [node.allOf, node.anyOf]) for (const s of list ?? []) out.push(...branches(s as RJSFSchema));
  if (!isChoiceList(node.oneOf)) for (const s of node.oneOf ?? []) out.push(...branches(s as RJSFSchema));
  for (const s of [node.then, node.else]) out.push(...branches(s as RJSFSchema));
  for (const s of Object.values(node.dependencies ?? {})) if (!Array.isArray(s)) out.push(...branches(s as RJSFSchema));
  return out;
}

/** The property names `node` declares in any of its branches, in the order they are met. */
export function declaredKeys(node: RJSFSchema | undefined): string[] {
  const keys = branches(node).flatMap((s) => Object.keys((s.properties as Record<string, unknown> | undefined) ?? {}));
  return [...new Set(keys)];
}
