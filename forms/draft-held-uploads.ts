// Which uploads a saved draft holds. A draft is rewritten as its owner types and is not checked against its form (it is
// half-filled), so "every `upload:<id>` in the data" let one draft hold any number of files for good: an account could
// upload past its quota of unused files by saving a draft naming each batch. A draft holds only what its form can take:
// a reference in a file field (`format: "upload-ref"`), and in a list no more items than the list's `maxItems` allows
// (UNBOUNDED_LIST_ITEMS when it names none). References anywhere else, or past those counts, hold nothing.
import type { RJSFSchema } from '@rjsf/utils';
import { fieldSchemasAt } from './field-schemas-at';

/** Items of a list without `maxItems` that a draft holds files in: the builder writes file lists without a maximum. */
export const UNBOUNDED_LIST_ITEMS = 10;

const UPLOAD_REF = /^upload:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function listLimit(schema: RJSFSchema, path: string[]): number {
  const limits = fieldSchemasAt(schema, path)
    .map((node) => node.maxItems)
    .filter((limit): limit is number => typeof limit === 'number');
  return limits.length ? Math.min(...limits) : UNBOUNDED_LIST_ITEMS;
}

function collect(schema: RJSFSchema, value: unknown, path: string[], held: Set<string>): void {
  if (typeof value === 'string') {
    const ref = UPLOAD_REF.exec(value);
    if (ref && fieldSchemasAt(schema, path).some((node) => node.format === 'upload-ref')) held.add(ref[1]!);
  } else if (Array.isArray(value)) {
    value.slice(0, listLimit(schema, path)).forEach((item, i) => collect(schema, item, [...path, String(i)], held));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collect(schema, item, [...path, key], held);
  }
}

/** The ids of the uploads a draft of the form with `schema` holds, each once, in the order the data names them. */
export function draftHeldUploads(schema: RJSFSchema, data: unknown): string[] {
  const held = new Set<string>();
  collect(schema, data, [], held);
  return [...held];
}
