// What the generated editor writes back: rjsf hands over optional objects nobody filled as `{}`, cleared values as
// undefined and unfilled list items as null; the params keep none of them, so an untouched optional part (publicity,
// effects…) stays absent, as in JSON. A list the admin emptied stays an empty list.

/** A copy of `value` without undefined members and without objects left empty by that. */
export function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== null && item !== undefined).map(pruneEmpty);
    return items.length === 0 && value.length > 0 ? undefined : items;
  }
  if (!value || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const pruned = pruneEmpty(member);
    if (pruned === undefined) continue;
    if (pruned && typeof pruned === 'object' && !Array.isArray(pruned) && Object.keys(pruned).length === 0) continue;
    kept[key] = pruned;
  }
  return kept;
}
