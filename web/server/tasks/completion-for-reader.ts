// A task's completion form in the reader's language. The task row keeps the schema as the workflow wrote it, with
// Chinese titles; an English reader gets the titles of the definition the case was submitted with
// (`params.completion.i18n.en`), or, for the small forms workflows write themselves, those of the table below (their
// code cannot change without a patch, and rows already written carry these titles).
import type { Locale } from '#core/domain/locale';
import type { Db } from '#core/stores/db-types';
import { processOfSubmission } from '#core/stores/submissions/submission-store';
import { localizeSchema } from '#forms/form-definition';
import type { TaskAction } from '#core/domain/human-task';
import { stageActionLabels } from '#forms/present/action-labels';

type Schema = Record<string, unknown>;

/** English titles of the completion fields that workflows define in code, by their Chinese title. */
const WORKFLOW_TITLES: Readonly<Record<string, string>> = {
  审核意见: 'Review opinion',
  转诊安排: 'Referral arrangements',
};

async function definitionTitles(db: Db, submissionId: string | null): Promise<Record<string, string>> {
  if (!submissionId) return {};
  const params = (await processOfSubmission(db, submissionId))?.params as
    { completion?: { i18n?: { en?: Record<string, string> } } } | undefined;
  return params?.completion?.i18n?.en ?? {};
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
  db: Db,
  task: { submissionId: string | null; completionSchema: Schema },
  locale: Locale,
): Promise<Schema> {
  if (locale !== 'en') return task.completionSchema;
  const titles = { ...workflowTitles(task.completionSchema), ...(await definitionTitles(db, task.submissionId)) };
  return localizeSchema(task.completionSchema, titles);
}

/** The words the rung of `task` gives its actions in `locale` (an inspection's 上报 reads 核查通过…); empty: the usual words. */
export async function actionLabelsFor(
  db: Db,
  task: { submissionId: string | null; step: string },
  locale: Locale,
): Promise<Partial<Record<TaskAction, string>>> {
  if (!task.submissionId) return {};
  return stageActionLabels((await processOfSubmission(db, task.submissionId))?.params, task.step, locale);
}
