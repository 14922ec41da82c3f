// Reads what exists now (templates, working groups, categories, active users, group robots, the enterprises listed) and
// runs the publish-time reference checks over a definition, answering problems in the admin's language.
import type { Locale } from '#core/domain/locale';
import type { TemplateRenderer } from '#core/mail/template-renderer';
import type { Db } from '#core/stores/db-types';
import { referenceKeys } from '#core/stores/forms/reference-keys';
import type { FormDefinition } from '#forms/form-definition';
import type { FieldError } from '#forms/form-validator';
import { checkReferences, type ReferenceContext } from '#forms/references/reference-check';
import { REFERENCE_CHECKERS } from '#forms/references/reference-checkers';
import { listedEnterpriseIds } from '#forms/references/organisation-references';
import { existingEnterpriseIds } from '#core/stores/org/enterprise-store';
import { emailTemplateNames } from '#core/stores/email-templates/created-template-store';

/** What the organisation holds now, as the reference checks of `definition` need it. */
export async function referenceContext(db: Db, renderer: TemplateRenderer, definition: FormDefinition): Promise<ReferenceContext> {
  const [templateNames, keys, enterpriseIds] = await Promise.all([
    emailTemplateNames(db, renderer),
    referenceKeys(db),
    existingEnterpriseIds(db, listedEnterpriseIds(definition)),
  ]);
  return {
    templateNames,
    workingGroupKeys: new Set(keys.workingGroupKeys),
    categoryKeys: new Set(keys.categoryKeys),
    activeUserIds: new Set(keys.activeUserIds),
    robotKeys: new Set(keys.activeRobotKeys),
    enterpriseIds: new Set(enterpriseIds),
  };
}

/** Every broken reference of the definition, each at its JSON pointer, worded in `locale`. */
export async function brokenReferences(
  db: Db,
  renderer: TemplateRenderer,
  definition: FormDefinition,
  locale: Locale,
): Promise<FieldError[]> {
  const problems = checkReferences(definition, await referenceContext(db, renderer, definition), REFERENCE_CHECKERS);
  return problems.map((problem) => ({ path: problem.path, message: problem.message[locale] }));
}
