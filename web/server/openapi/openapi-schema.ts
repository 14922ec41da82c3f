// A route's JSON Schema as the API description shows it. The schemas are the ones the routes validate with; only keys
// that are instructions to rjsf's form renderer (`ui:…`) are left out, since they are not JSON Schema keywords.
import type { RJSFSchema } from '@rjsf/utils';

/** True for a key that only rjsf reads (it renders forms from the same schemas). */
export const isRendererKey = (key: string): boolean => key.startsWith('ui:');

/** A deep copy of `schema` without renderer-only keys, otherwise unchanged. */
export function toOpenApiSchema(schema: RJSFSchema): Record<string, unknown> {
  return strip(schema) as Record<string, unknown>;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isRendererKey(key))
      .map(([key, inner]) => [key, strip(inner)]),
  );
}
