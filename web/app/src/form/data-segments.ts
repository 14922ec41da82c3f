// The API reports paths into the request body, whose form data sits under `/data`.
import type { RJSFSchema } from '@rjsf/utils';
import { pointerSegments } from './pointer-segments';

/** Segments of an API error path within the form data (the `/data` prefix dropped unless a field is named so). */
export function dataSegments(path: string, schema: RJSFSchema): string[] {
  const segments = pointerSegments(path);
  const hasDataField = Boolean(schema.properties && Object.hasOwn(schema.properties, 'data'));
  return segments[0] === 'data' && !hasDataField ? segments.slice(1) : segments;
}
