// What a page needs to show a submission through its form definition rather than raw: the schema of the version it was
// made with in the reader's language, the decision form of its process, its result in one sentence (who decided named,
// not numbered) and the names of the files it refers to. Used by the submission and task timeline answers.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Locale, LocalizedText } from '#core/domain/locale';
import type { Db } from '#core/stores/db-types';
import { displayNamesOf } from '#core/stores/submissions/person-names';
import { uploadNames } from '#core/stores/submissions/submission-uploads';
import { localizeSchema, type ProcessBinding } from '#forms/form-definition';
import { formVersion } from '#core/stores/forms/form-store';
import { resultInWords } from '#forms/present/result-words';
import { caseWords, ownStatusWords, type CaseWords } from '#forms/present/case-words';
import { fingerprintsInWords } from '#forms/present/fingerprint-words';

/** The presentation facts of one submission. */
export interface SubmissionPresentation extends CaseWords {
  /** The data as the page shows it: a signed text's SHA-256 fingerprint said in words, never as digits. */
  data: Record<string, unknown>;
  /** The form's schema of the submission's version, titled in the reader's language; null when the version is gone. */
  schema: RJSFSchema | null;
  /** The uiSchema of that version, for the order its fields are shown in; null when the version is gone. */
  uiSchema: UiSchema | null;
  /** The decision form of the process (a ladder's completion schema), for the result's details. */
  completionSchema: RJSFSchema | null;
  /** The result in words ("已办结：现场解决，办理人 王建国，2026年12月4日"); null while there is none. */
  resultText: string | null;
  /** Names of the uploads the data refers to, by reference (`upload:<id>`). */
  files: Record<string, { fileName: string }>;
  /** The titles of the process's rungs in the reader's language, by name (an admin's own ladder names its own). */
  stageTitles: Record<string, string>;
  /** The statuses its process words its own way, by status, for its progress and timeline (an inspection's
   * rejected: 不予通过); empty when the glossary's words serve. */
  statusWords: Record<string, string>;
}

/** The fields of a submission this module reads. */
export interface PresentedSubmission {
  formKey: string;
  formVersion: number;
  status: string;
  data: Record<string, unknown>;
  result: Record<string, unknown> | null;
  updatedAt: string;
}

const UPLOAD_REF = /upload:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g;

/** Names of the uploads `value` refers to anywhere inside. */
export async function fileNames(db: Db, value: unknown): Promise<Record<string, { fileName: string }>> {
  const ids = [...new Set([...JSON.stringify(value ?? null).matchAll(UPLOAD_REF)].map((m) => m[1]!))];
  if (!ids.length) return {};
  const uploads = await uploadNames(db, ids);
  return Object.fromEntries(uploads.map((upload) => [`upload:${upload.id}`, { fileName: upload.fileName }]));
}

async function personNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  return displayNamesOf(db, ids);
}

/** The presentation of `submission` for a reader of `locale` (data and result as the policy already masked them). */
export async function presentSubmission(
  db: Db,
  submission: PresentedSubmission,
  locale: Locale,
  timeZone: string,
): Promise<SubmissionPresentation> {
  const form = await formVersion(db, submission.formKey, submission.formVersion);
  const files = await fileNames(db, submission.data);
  const words = caseWords({ ...submission, process: form?.process ?? null }, locale);
  if (!form) {
    const none = { schema: null, uiSchema: null, completionSchema: null, resultText: null, stageTitles: {}, statusWords: {} };
    return { ...none, ...words, data: submission.data, files };
  }
  const params = (form.process.params ?? {}) as {
    stages?: { name: string; title: LocalizedText }[];
    completion?: { schema?: RJSFSchema };
  };
  const localized = locale === 'en' ? localizeSchema(form.schema as RJSFSchema, form.i18n?.en) : (form.schema as RJSFSchema);
  const { schema, data } = fingerprintsInWords(localized, submission.data, locale);
  const decidedBy = submission.result?.decidedBy;
  const names = await personNames(db, typeof decidedBy === 'number' ? [decidedBy] : []);
  const resultText = resultInWords({
    processType: form.process.processType,
    status: submission.status,
    result: submission.result,
    at: submission.updatedAt,
    locale,
    stageTitle: (name) => params.stages?.find((s) => s.name === name)?.title[locale],
    personName: (id) => names.get(id),
    completionSchema: params.completion?.schema,
    schema,
    timeZone,
  });
  const stageTitles = Object.fromEntries((params.stages ?? []).map((stage) => [stage.name, stage.title[locale]]));
  return {
    ...words,
    data,
    schema,
    uiSchema: (form.uiSchema as UiSchema | undefined) ?? null,
    completionSchema: params.completion?.schema ?? null,
    resultText,
    files,
    stageTitles,
    statusWords: ownStatusWords(form.process, locale),
  };
}

/** The process of each row's form version, each version read once (a page holds a handful). */
function processReader(db: Db): (row: Pick<PresentedSubmission, 'formKey' | 'formVersion'>) => Promise<ProcessBinding | null> {
  const forms = new Map<string, ReturnType<typeof formVersion>>();
  return async (row) => {
    const key = `${row.formKey}@${row.formVersion}`;
    if (!forms.has(key)) forms.set(key, formVersion(db, row.formKey, row.formVersion));
    return (await forms.get(key))?.process ?? null;
  };
}

/** The rows of a list, each with its line in its process's words (`summary`, `statusText`) for a reader of `locale`;
 * `data` is as the policy already masked it for a list. */
export async function withCaseWords<T extends Omit<PresentedSubmission, 'updatedAt'>>(
  db: Db,
  rows: T[],
  locale: Locale,
): Promise<(T & CaseWords)[]> {
  const processOf = processReader(db);
  return Promise.all(rows.map(async (row) => ({ ...row, ...caseWords({ ...row, process: await processOf(row) }, locale) })));
}

/** As withCaseWords, each row also with the statuses its process words its own way (`statusWords`: an inspection's
 * rejected: 不予通过), for a line that says what a decision came to. */
export async function withStatusWords<T extends Omit<PresentedSubmission, 'updatedAt'>>(
  db: Db,
  rows: T[],
  locale: Locale,
): Promise<(T & CaseWords & { statusWords: Record<string, string> })[]> {
  const processOf = processReader(db);
  return Promise.all(
    rows.map(async (row) => {
      const process = await processOf(row);
      return { ...row, ...caseWords({ ...row, process }, locale), statusWords: ownStatusWords(process, locale) };
    }),
  );
}
