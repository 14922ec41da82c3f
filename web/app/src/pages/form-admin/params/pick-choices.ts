// The pure half of the pickers that replaced typed ids and keys (people of an overdue alert, a collection's listed
// enterprises, group robots): what the stored values read as, which choices a filter leaves, and the list after a
// tick. The stored values never change shape: ids stay integers, robot keys stay keys.

/** One thing the admin may pick: its stored value, its name (as registered), what tells it apart in our words (a role,
 * a channel) and, for a person, the enterprise or unit they belong to (as registered). */
export interface PickChoice<V extends string | number> {
  value: V;
  label: string;
  detail?: string;
  owner?: string;
}

/** How a stored value reads: offered (in the list), off (known but switched off or deactivated), or unknown. */
export interface PickedValue<V extends string | number> extends PickChoice<V> {
  state: 'offered' | 'off' | 'unknown';
}

/** Each of `values`, in their order, named from `offered` or else from `retired` (marked off); any other stays as its
 * raw value, marked unknown, so the admin sees it until they remove it. */
export function pickedValues<V extends string | number>(
  values: readonly V[],
  offered: readonly PickChoice<V>[],
  retired: readonly PickChoice<V>[] = [],
): PickedValue<V>[] {
  const named = new Map<V, PickedValue<V>>([
    ...retired.map((choice): [V, PickedValue<V>] => [choice.value, { ...choice, state: 'off' }]),
    ...offered.map((choice): [V, PickedValue<V>] => [choice.value, { ...choice, state: 'offered' }]),
  ]);
  return values.map((value) => named.get(value) ?? { value, label: String(value), state: 'unknown' });
}

/** The choices whose name, detail or owner holds `query` (ignoring case and surrounding spaces), at most `limit` of them,
 * and how many more matched. */
export function matchingChoices<V extends string | number>(
  choices: readonly PickChoice<V>[],
  query: string,
  limit: number,
): { shown: PickChoice<V>[]; more: number } {
  const needle = query.trim().toLowerCase();
  const hits = needle
    ? choices.filter((choice) => [choice.label, choice.detail, choice.owner].join(' ').toLowerCase().includes(needle))
    : choices;
  return { shown: hits.slice(0, limit), more: Math.max(0, hits.length - limit) };
}

/** `values` with `value` added at the end (`on`) or taken out; undefined once nothing is left, so an emptied list
 * leaves the params instead of failing a `minItems`. */
export function toggledValues<V extends string | number>(values: readonly V[], value: V, on: boolean): V[] | undefined {
  const rest = values.filter((item) => item !== value);
  const next = on ? [...rest, value] : rest;
  return next.length ? next : undefined;
}

/** The value at `path` inside `root` (the params), or undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const step of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
