// Publish-time check of a collection's figure bindings (`params.figures`, issue 18): each names a number field of the
// form, so a renamed field cannot silently empty a dashboard figure. Called by forms/check-definition.ts.
import type { FormDefinition } from '../form-definition';
import type { FieldError } from '../form-validator';

/** Every binding that names no number field of the form, by JSON pointer into the definition. */
export function figureReferenceProblems(form: Pick<FormDefinition, 'schema' | 'process'>): FieldError[] {
  if (form.process.processType !== 'collection') return [];
  const figures = (form.process.params as { figures?: Record<string, string> }).figures ?? {};
  const properties = (form.schema.properties ?? {}) as Record<string, { type?: unknown }>;
  const numbers = Object.keys(properties).filter((name) => ['integer', 'number'].includes(String(properties[name]?.type)));
  return Object.entries(figures)
    .filter(([, field]) => !numbers.includes(field))
    .map(([figure, field]) => ({
      path: `/process/params/figures/${figure}`,
      message: `"${field}" is not a number field of the form; number fields: ${numbers.join(', ') || '(none)'}`,
    }));
}
