// A task's completion form in the reader's language. The task row keeps the schema as the workflow wrote it, with
// Chinese titles; an English reader gets the titles of the definition the case was submitted with
// (`params.completion.i18n.en`), or, for the small forms workflows write themselves, those of the table below (their
// code cannot change without a patch, and rows already written carry these titles).
import type { Knex } from 'knex';
import type { Locale } from '#core/domain/locale';
import { fromJson } from '#core/db';
import { localizeSchema } from '#forms/form-definition';

type Schema = Record<string, unknown>;

/** English titles of the completion fields that workflows define in code, by their Chinese title. */
const WORKFLOW_TITLES: Readonly<Record<string, string>> = {
  审核意见: 'Review opinion',
  转诊安排: 'Referral arrangements',
};

async function definitionTitles(db: Knex, submissionId: string | null): Promise<Record<string, string>> {
  if (!submissionId) return {};
  const row = await db('submissions as s')
    .join('form_definitions as f', function sameVersion() {
      this.on('f.key', 's.form_key').andOn('f.version', 's.form_version');
    })
    .where('s.id', submissionId)
    .first('f.process');
  const process = row ? fromJson<{ params?: { completion?: { i18n?: { en?: Record<string, string> } } } }>(row.process) : undefined;
  return process?.params?.completion?.i18n?.en ?? {};
}

function workflowTitles(schema: Schema): Record<string, string> {
  const titles: Record<string, string> = {};
  const properties = (schema.properties ?? {}) as Record<string, { title?: unknown }>;
  for (const [name, field] of Object.entries(properties)) {
    const english = typeof field?.title === 'string' ? WORKFLOW_TITLES[field.title] : undefined;
    if (english) titles[`/${name}`] = english;
  }
  return titles;
}

/** The completion schema of `task` with field and choice titles in `locale`. */
export async function completionSchemaFor(
  db: Knex,
  task: { submissionId: string | null; completionSchema: Schema },
  locale: Locale,
): Promise<Schema> {
  if (locale !== 'en') return task.completionSchema;
  const titles = { ...workflowTitles(task.completionSchema), ...(await definitionTitles(db, task.submissionId)) };
  return localizeSchema(task.completionSchema, titles);
}
