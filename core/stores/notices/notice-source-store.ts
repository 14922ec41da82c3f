// What a notice's text is rendered from besides the workflow's data: the form the submission was made on (for its field
// titles). The rendering is activities/notice-activities'; the enterprise it names and an admin's edited copy of the
// notice template come from their own stores (org/enterprise-store, email-templates/email-template-store).
import { fromJson } from '../../db';
import type { FormDefinition } from '#forms/form-definition';
import type { Db } from '../db-types';

/** The schema and English texts of the form version the submission was made on, or undefined when either is gone. */
export async function formOfSubmission(db: Db, submissionId: string): Promise<Pick<FormDefinition, 'schema' | 'i18n'> | undefined> {
  const row: { schema: unknown; i18n: unknown } | undefined = await db('submissions as s')
    .join('form_definitions as f', (on) => on.on('f.key', 's.form_key').andOn('f.version', 's.form_version'))
    .where('s.id', submissionId)
    .first('f.schema', 'f.i18n');
  return row ? { schema: fromJson<FormDefinition['schema']>(row.schema), i18n: fromJson<FormDefinition['i18n']>(row.i18n) } : undefined;
}
