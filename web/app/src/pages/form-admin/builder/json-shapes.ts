// Small shape tests the builder's two translations (schema → fields, fields → schema) share.

/** A JSON object. */
export type Json = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` is an object whose keys are all among `allowed`. */
export function hasOnlyKeys(value: unknown, allowed: readonly string[]): value is Json {
  return isObject(value) && Object.keys(value).every((key) => allowed.includes(key));
}

/** True for a list of choice options as the shipped forms write them: `[{ "const": "…", "title": "…" }]`. */
export function isOptionList(value: unknown): value is { const: string; title: string }[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((o) => hasOnlyKeys(o, ['const', 'title']) && typeof o.const === 'string' && typeof o.title === 'string')
  );
}

/** The rjsf `if/then` the builder writes for a field shown only when another field has a value. */
export function isConditionEntry(value: unknown): value is { if: Json; then: Json } {
  if (!hasOnlyKeys(value, ['if', 'then']) || !hasOnlyKeys(value.if, ['properties', 'required'])) return false;
  const ifProps = value.if.properties;
  if (!isObject(ifProps) || Object.keys(ifProps).length !== 1) return false;
  const [source] = Object.keys(ifProps);
  const test = ifProps[source!];
  if (!hasOnlyKeys(test, ['const']) || !['string', 'boolean', 'number'].includes(typeof test.const)) return false;
  if (JSON.stringify(value.if.required) !== JSON.stringify([source])) return false;
  const then = value.then;
  if (!hasOnlyKeys(then, ['properties', 'required']) || !isObject(then.properties)) return false;
  const names = Object.keys(then.properties);
  if (names.length !== 1 || !isObject(then.properties[names[0]!])) return false;
  return then.required === undefined || JSON.stringify(then.required) === JSON.stringify(names);
}
