// Nested form data read as a flat list of fields, for the submission page.

/** A leaf value and where it sits. */
export interface FlatField {
  segments: string[];
  value: string | number | boolean | null;
}

/** Leaves of `value` in document order; arrays of plain values stay one field. */
export function flattenData(value: unknown, segments: string[] = []): FlatField[] {
  if (value === null || value === undefined) return [{ segments, value: null }];
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return [{ segments, value: value.map(String).join(', ') }];
    return value.flatMap((item, index) => flattenData(item, [...segments, String(index)]));
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => flattenData(item, [...segments, key]));
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [{ segments, value }];
  return [{ segments, value: String(value) }];
}
