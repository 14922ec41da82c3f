// Reads what exists now (templates, working groups, categories, active users, group robots) and runs the publish-time reference
// checks over a definition, answering problems in the admin's language.
import type { Knex } from 'knex';
import type { Locale } from '#core/domain/locale';
import type { TemplateRenderer } from '#core/mail/template-renderer';
import type { FormDefinition } from '#forms/form-definition';
import type { FieldError } from '#forms/form-validator';
import { checkReferences, type ReferenceContext } from '#forms/references/reference-check';
import { REFERENCE_CHECKERS } from '#forms/references/reference-checkers';
import { emailTemplateNames } from '#core/stores/email-templates/created-template-store';

/** What the organisation holds now, as the reference checks need it. */
export async function referenceContext(db: Knex, renderer: TemplateRenderer): Promise<ReferenceContext> {
  const [templateNames, groups, categories, users, robots] = await Promise.all([
    emailTemplateNames(db, renderer),
    db('working_groups').select('key'),
    db('difficulty_categories').select('key'),
    db('users').where({ active: true }).select('id'),
    db('notification_robots').where({ active: true }).select('key'),
  ]);
  return {
    templateNames,
    workingGroupKeys: new Set(groups.map((row) => String(row.key))),
    categoryKeys: new Set(categories.map((row) => String(row.key))),
    activeUserIds: new Set(users.map((row) => Number(row.id))),
    robotKeys: new Set(robots.map((row) => String(row.key))),
  };
}

/** Every broken reference of the definition, each at its JSON pointer, worded in `locale`. */
export async function brokenReferences(
  db: Knex,
  renderer: TemplateRenderer,
  definition: FormDefinition,
  locale: Locale,
): Promise<FieldError[]> {
  const problems = checkReferences(definition, await referenceContext(db, renderer), REFERENCE_CHECKERS);
  return problems.map((problem) => ({ path: problem.path, message: problem.message[locale] }));
}
