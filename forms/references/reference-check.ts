// Publish-time reference checks: what a definition's params name outside themselves (email templates, working groups,
// categories, users, enterprises, the form's own fields) must exist when it is published, or every new instance fails
// at the step that uses the name (or, for an enterprise, leaves it out). JSON Schema cannot say this; the checks below
// read the organisation as it is now.
// The list of checkers is open: a feature whose params name something (rules naming fields, say) adds its checker to
// REFERENCE_CHECKERS in reference-checkers.ts.
import type { LocalizedText } from '#core/domain/locale';
import type { FormDefinition } from '../form-definition';

/** What exists now, read once per check. */
export interface ReferenceContext {
  /** Shipped email templates and those admins created. */
  templateNames: ReadonlySet<string>;
  workingGroupKeys: ReadonlySet<string>;
  categoryKeys: ReadonlySet<string>;
  /** Ids of active users. */
  activeUserIds: ReadonlySet<number>;
  /** Keys of registered, active group robots. */
  robotKeys: ReadonlySet<string>;
  /** Of the enterprise ids the definition lists, those that name an enterprise (not every enterprise: there are tens of
   * thousands in a city). */
  enterpriseIds: ReadonlySet<number>;
}

/** One broken reference: where in the definition (JSON pointer) and what is wrong, in both languages. */
export interface ReferenceProblem {
  path: string;
  message: LocalizedText;
}

/** A check of one kind of reference; it sees params that already passed their process type's schema. */
export type ReferenceChecker = (definition: FormDefinition, context: ReferenceContext) => ReferenceProblem[];

/** Every broken reference of the definition, in the order of `checkers`. */
export function checkReferences(
  definition: FormDefinition,
  context: ReferenceContext,
  checkers: readonly ReferenceChecker[],
): ReferenceProblem[] {
  return checkers.flatMap((checker) => checker(definition, context));
}
