// The order a form shows a record's fields in, so a reader of the submitted data meets them where the filler did. The
// builder keeps a conditional field under the root's `allOf` (`if` one field has a value, `then` this one), outside
// `properties`, and puts it in its place with the uiSchema's `ui:order`; a hand-written definition may use
// `dependencies` and no `ui:order` at all. Either way the field belongs beside the others, not after all of them.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { declaredKeys } from './schema-branches';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ownKeys = (node: unknown): string[] => (isRecord(node) && isRecord(node.properties) ? Object.keys(node.properties) : []);

/** The fields `node` declares under a condition, by the field the condition reads (undefined: no single field). */
function conditionalFields(node: RJSFSchema): [string | undefined, string[]][] {
  const found: [string | undefined, string[]][] = [];
  for (const [source, shape] of Object.entries(node.dependencies ?? {})) {
    if (!Array.isArray(shape)) found.push([source, declaredKeys(shape as RJSFSchema)]);
  }
  for (const rule of [node, ...(node.allOf ?? [])]) {
    if (!isRecord(rule) || !isRecord(rule.if)) continue;
    const required = Array.isArray(rule.if.required) ? (rule.if.required as string[]) : [];
    const source = [...ownKeys(rule.if), ...required][0];
    found.push([source, [...declaredKeys(rule.then as RJSFSchema), ...declaredKeys(rule.else as RJSFSchema)]]);
  }
  return found;
}

/** The schema's own order, each conditional field right after the field it depends on, then any other declared key. */
function schemaOrder(node: RJSFSchema | undefined): string[] {
  if (!node || typeof node !== 'object') return [];
  const followers = new Map<string, string[]>();
  const trailing: string[] = [];
  for (const [source, keys] of conditionalFields(node)) {
    if (source === undefined) trailing.push(...keys);
    else followers.set(source, [...(followers.get(source) ?? []), ...keys]);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  const emit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    order.push(key);
    for (const follower of followers.get(key) ?? []) emit(follower);
  };
  for (const key of ownKeys(node)) emit(key);
  // A condition on a field this level does not declare (or on none): its fields follow the declared ones.
  for (const [source, keys] of followers) if (!seen.has(source)) keys.forEach(emit);
  trailing.forEach(emit);
  declaredKeys(node).forEach(emit);
  return order;
}

/** `keys` reordered by a `ui:order` (its `*` stands for every key it does not name, as rjsf reads it). */
function byUiOrder(keys: string[], uiOrder: unknown): string[] {
  if (!Array.isArray(uiOrder)) return keys;
  const listed = (uiOrder as unknown[]).filter((key): key is string => key === '*' || (typeof key === 'string' && keys.includes(key)));
  const rest = keys.filter((key) => !listed.includes(key));
  const at = listed.indexOf('*');
  return at < 0 ? [...listed, ...rest] : [...listed.slice(0, at), ...rest, ...listed.slice(at + 1)];
}

/** The keys `node` declares in the order the form shows them: `uiSchema`'s `ui:order` when it has one, else the
 * schema's order with each conditional field (`dependencies`, `if`/`then`) beside the field it depends on. */
export function fieldOrder(node: RJSFSchema | undefined, uiSchema?: UiSchema): string[] {
  return byUiOrder(schemaOrder(node), uiSchema?.['ui:order']);
}
