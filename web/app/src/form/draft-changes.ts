// Whether a fill is worth a draft: only once the person changed something. A form opened and left alone still
// reports data (rjsf fills in the schema's defaults), and that data is the form's initial state, not the person's work.
import { createSchemaUtils, type RJSFSchema } from '@rjsf/utils';
import { formValidator } from '#forms/form-validator';
import { SKIP_CONST_DEFAULTS } from './skip-const-defaults';

/** The data a fill starts from, as rjsf shows it: `data` (the resumed draft's, or none) with the schema's defaults. */
export function draftBaseline(schema: RJSFSchema, data: unknown = {}): unknown {
  const utils = createSchemaUtils(formValidator(), schema, SKIP_CONST_DEFAULTS);
  return utils.getDefaultFormState(schema, data, false) ?? {};
}

/** `value` without what holds nothing: undefined or null members, empty strings, and objects or lists left empty by
 * them. A field typed into and cleared again is the same as one never touched. */
export function withoutEmpty(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    // Items keep their places (an added item is a change even before it is filled), but a list left empty holds nothing.
    return value.length === 0 ? undefined : value.map((item) => withoutEmpty(item) ?? null);
  }
  if (typeof value === 'object') {
    const kept = Object.entries(value as Record<string, unknown>)
      .map(([key, member]) => [key, withoutEmpty(member)] as const)
      .filter(([, member]) => member !== undefined);
    return kept.length === 0 ? undefined : Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return value;
}

/** Whether `data` differs from `reference` (the fill's initial state, or what was saved last) in anything entered. */
export function draftChanged(reference: unknown, data: unknown): boolean {
  return JSON.stringify(withoutEmpty(data) ?? null) !== JSON.stringify(withoutEmpty(reference) ?? null);
}
