// What a notice's text is rendered from besides the workflow's data: the enterprise it names, the form the submission
// was made on (for its field titles), and an admin's edited copy of the notice template. The rendering is
// activities/notice-activities'.
import { fromJson } from '../../db';
import type { Locale } from '../../domain/locale';
import type { TemplateSource } from '../../mail/template-renderer';
import type { FormDefinition } from '#forms/form-definition';
import type { Db } from '../db-types';

/** The enterprise's name, or undefined when there is no such enterprise. */
export async function enterpriseNameOf(db: Db, enterpriseId: number): Promise<string | undefined> {
  const row: { name: string } | undefined = await db('enterprises').where({ id: enterpriseId }).first('name');
  return row?.name;
}

/** The schema and English texts of the form version the submission was made on, or undefined when either is gone. */
export async function formOfSubmission(db: Db, submissionId: string): Promise<Pick<FormDefinition, 'schema' | 'i18n'> | undefined> {
  const row: { schema: unknown; i18n: unknown } | undefined = await db('submissions as s')
    .join('form_definitions as f', (on) => on.on('f.key', 's.form_key').andOn('f.version', 's.form_version'))
    .where('s.id', submissionId)
    .first('f.schema', 'f.i18n');
  return row ? { schema: fromJson<FormDefinition['schema']>(row.schema), i18n: fromJson<FormDefinition['i18n']>(row.i18n) } : undefined;
}

/** An admin's edited copy of a template in one language, or undefined while the shipped text applies. */
export async function editedTemplate(db: Db, name: string, locale: Locale): Promise<TemplateSource | undefined> {
  const row: TemplateSource | undefined = await db('email_templates').where({ name, locale }).first('subject', 'html', 'text');
  return row;
}
