// The reference checks every publish runs. A feature whose params name something outside themselves appends its
// checker here (one line), e.g. rules on form data naming the fields they test.
import { ruleChoiceReferences } from '../rules/rule-choice-references';
import { paramFieldReferences } from './field-references';
import { alertUserReferences, categoryReferences, listedEnterpriseReferences, workingGroupReferences } from './organisation-references';
import type { ReferenceChecker } from './reference-check';
import { robotReferences } from './robot-references';
import { templateReferences } from './template-references';

/** Checkers run at publish time, in this order. */
export const REFERENCE_CHECKERS: readonly ReferenceChecker[] = [
  templateReferences,
  workingGroupReferences,
  categoryReferences,
  alertUserReferences,
  listedEnterpriseReferences,
  paramFieldReferences,
  ruleChoiceReferences,
  robotReferences,
];
