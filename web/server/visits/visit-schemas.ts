// The body of a new visit (P7), declared once as JSON Schema and checked with the forms' AJV setup.
import type { RJSFSchema } from '@rjsf/utils';

/** One problem met on a visit: solved on site, or taken away to coordinate (then its category is needed to file it). */
export interface VisitProblemInput {
  kind: 'solved' | 'coordinate';
  category?: string;
  description: string;
}

/** A visit as a cadre records it. */
export interface VisitInput {
  enterpriseId: number;
  visitedOn: string;
  peopleMet: string;
  opinionsCount?: number;
  opinions?: string;
  problems?: VisitProblemInput[];
}

/** Schema of POST /api/visits. */
export const VISIT_CREATE: RJSFSchema = {
  type: 'object',
  required: ['enterpriseId', 'visitedOn', 'peopleMet'],
  additionalProperties: false,
  properties: {
    enterpriseId: { type: 'integer', minimum: 1 },
    visitedOn: { type: 'string', format: 'date' },
    peopleMet: { type: 'string', minLength: 1, maxLength: 500 },
    opinionsCount: { type: 'integer', minimum: 0, maximum: 1000 },
    opinions: { type: 'string', maxLength: 4000 },
    problems: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['kind', 'description'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: ['solved', 'coordinate'] },
          category: { type: 'string', maxLength: 64 },
          // The difficulty report's summary needs at least 5 characters.
          description: { type: 'string', minLength: 5, maxLength: 1900 },
        },
        if: { properties: { kind: { const: 'coordinate' } } },
        then: { required: ['category'] },
      },
    },
  },
};
