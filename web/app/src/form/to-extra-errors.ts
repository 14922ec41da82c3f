// 422 answers name fields by path; rjsf shows errors at fields when given them as an ErrorSchema.
import { ErrorSchemaBuilder, type ErrorSchema, type RJSFSchema } from '@rjsf/utils';
import { fieldSchemasAt } from '#forms/field-schemas-at';
import type { ErrorDetail } from '../api/api-types';
import { dataSegments } from './data-segments';

/** The API's field errors as rjsf `extraErrors`; errors about the whole form, or about a field the form does not have
 * (a name the page sent that the form no longer lists), land at the root, where the form shows them above its fields;
 * the same message at the same place is shown once. */
export function toExtraErrors(details: readonly ErrorDetail[], schema: RJSFSchema): ErrorSchema {
  const builder = new ErrorSchemaBuilder();
  const said = new Set<string>();
  for (const detail of details) {
    const segments = dataSegments(detail.path, schema);
    const at = segments.length > 0 && fieldSchemasAt(schema, segments).length > 0 ? segments : [];
    const once = JSON.stringify([at, detail.message]);
    if (said.has(once)) continue;
    said.add(once);
    builder.addErrors(detail.message, at.length ? at : undefined);
  }
  return builder.ErrorSchema;
}
