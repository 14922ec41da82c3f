// 422 answers name fields by path; rjsf shows errors at fields when given them as an ErrorSchema.
import { ErrorSchemaBuilder, type ErrorSchema, type RJSFSchema } from '@rjsf/utils';
import type { ErrorDetail } from '../api/api-types';
import { dataSegments } from './data-segments';

/** The API's field errors as rjsf `extraErrors`; errors about the whole form land at the root. */
export function toExtraErrors(details: readonly ErrorDetail[], schema: RJSFSchema): ErrorSchema {
  const builder = new ErrorSchemaBuilder();
  for (const detail of details) {
    const segments = dataSegments(detail.path, schema);
    builder.addErrors(detail.message, segments.length ? segments : undefined);
  }
  return builder.ErrorSchema;
}
