// Submitting a form: validate with the shared AJV setup, record once, start the process workflow once.
import { isDeepStrictEqual } from 'node:util';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Config } from '#core/config';
import { toJson } from '#core/db';
import type { Locale } from '#core/domain/locale';
import { processWorkflowId, type ProcessStartInput } from '#core/domain/process-start';
import { AppError } from '#core/errors';
import { localizeSchema } from '#forms/form-definition';
import { formVersion, latestPublishedForm, type StoredForm } from '#core/stores/forms/form-store';
import { dataUrlPaths, uploadRefPaths } from '#forms/embedded-files';
import { validateFormData } from '#forms/form-validator';
import { PROCESS_TYPES, startsWorkflow } from '#forms/process-types';
import type { SessionUser } from '../request-context';
import { formToFile } from '../forms/form-to-file';
import { subjectEnterprise } from './subject-enterprise';
import type { Db } from '#core/stores/db-types';
import { recordSubmission } from '#core/stores/submission-record-store';
import { enterpriseName as storedEnterpriseName } from '#core/stores/org/enterprise-store';
import { findSubmission, type SubmissionView } from '#core/stores/submissions/submission-store';
import { ownUploadIds } from '#core/stores/submissions/submission-uploads';

/** Said at a field naming an upload that is gone or not the caller's, without its id. */
export const UPLOAD_GONE = {
  'zh-CN': '这个文件已失效（上传后长期未使用已被清理，或不是本账号上传的），请重新上传',
  en: 'This file is no longer available (an upload left unused is cleared after a while, or it was not uploaded by this account); upload it again',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A record (the visit log) is not a case: it is kept by its own page and routes (web/server/visits), never as a submission.
const keptOnItsOwnPage = new AppError(409, 'record_form', {
  'zh-CN': '此表单是记录，请在它自己的页面填写（如“走访记录”）',
  en: 'This form is a record; fill it on its own page (such as "Visits")',
});

/** 409 for a submission id sent again with other data than the submission it recorded (case `caseNumber`). */
function reusedWithOtherData(caseNumber: string | null): AppError {
  const [zh, en] = caseNumber ? [` ${caseNumber}`, ` ${caseNumber}`] : ['', ''];
  return new AppError(409, 'submission_id_reused', {
    'zh-CN': `这次提交的编号已用于先前收到的提交${zh}，内容与本次不同，本次内容未提交。请打开该提交核对；如仍要提交本次内容，请作为新的提交再次提交`,
    en: `This submission's id was already used by submission${en}, received earlier with other content; this content was not submitted. Check that submission; to send this content too, submit it again as a new submission`,
  });
}

/** A request to submit a form. */
export interface SubmitRequest {
  user: SessionUser;
  formKey: string;
  submissionId: unknown;
  data: unknown;
  locale: Locale;
  requestId: string;
  /** The newest published version of the form, when the caller has it already. */
  form?: StoredForm;
}

/** Dependencies of the submission service. */
export interface SubmitDeps {
  db: Db;
  temporal: Client;
  config: Config;
  now: () => Date;
}

/** The `category` a form's data names (difficulty reports), or null. */
function categoryOf(data: unknown): string | null {
  const category = (data as Record<string, unknown>).category;
  return typeof category === 'string' ? category.slice(0, 64) : null;
}

/** Validates and records a submission and makes sure its workflow runs; `created` is false for a repeat. */
export async function submitForm(deps: SubmitDeps, request: SubmitRequest): Promise<{ submission: SubmissionView; created: boolean }> {
  const { db } = deps;
  const { user, locale } = request;
  const form = formToFile(request.form ?? (await latestPublishedForm(db, request.formKey)), user);
  if (!startsWorkflow(form.process.processType)) throw keptOnItsOwnPage;
  if (typeof request.submissionId !== 'string' || !UUID.test(request.submissionId)) {
    throw new AppError(400, 'bad_submission_id', { 'zh-CN': '提交编号应为 UUID', en: 'submissionId must be a UUID' }, [
      { path: '/submissionId', message: locale === 'en' ? 'must be a UUID made by the client' : '应为客户端生成的 UUID' },
    ]);
  }
  const submissionId = request.submissionId.toLowerCase();
  await refuseEmbeddedFiles(db, request.data, user, locale);
  // Validate against the schema the user saw, so messages name fields in their language.
  const schema = locale === 'en' ? localizeSchema(form.schema, form.i18n.en) : form.schema;
  const errors = validateFormData(schema, request.data, locale);
  if (errors.length) {
    throw new AppError(
      422,
      'invalid_form',
      { 'zh-CN': '表单填写有误，请按提示修改', en: 'Some fields need attention' },
      errors.map((e) => ({ path: `/data${e.path}`, message: e.message })),
    );
  }
  const enterpriseId = await subjectEnterprise(db, user, form.schema, request.data, locale);
  const at = deps.now().toISOString();
  const data = toJson(request.data);
  const caseNumber = await recordSubmission(db, deps.config.timeZone, request, form, {
    submissionId,
    enterpriseId,
    category: categoryOf(request.data),
    at,
    data,
  });
  if (caseNumber === null) {
    // A repeat (or a stranger's id): answer with what is stored, and start its workflow if the first attempt did not. A
    // repeat carrying other data is refused: answered with what is stored, it would read as the new data taken.
    const stored = await findSubmission(db, submissionId);
    if (!stored || stored.userId !== user.id || stored.formKey !== form.key) {
      throw new AppError(409, 'submission_id_taken', {
        'zh-CN': '该提交编号已被使用，请刷新页面重新填写',
        en: 'This submission id is already in use; reload the page and fill the form again',
      });
    }
    if (!isDeepStrictEqual(JSON.parse(data), stored.data)) throw reusedWithOtherData(stored.caseNumber);
    const pinned = await formVersion(db, stored.formKey, stored.formVersion);
    await ensureWorkflow(deps, stored, pinned ?? form, user, locale);
    return { submission: stored, created: false };
  }
  // The row as just written, without reading it back.
  const submission: SubmissionView = {
    id: submissionId,
    caseNumber,
    formKey: form.key,
    formVersion: form.version,
    formTitle: form.title,
    enterpriseId,
    enterpriseName: await enterpriseName(db, user, enterpriseId),
    userId: user.id,
    status: 'submitted',
    data: JSON.parse(data) as Record<string, unknown>,
    result: null,
    workflowId: processWorkflowId(submissionId),
    createdAt: at,
    updatedAt: at,
  };
  await ensureWorkflow(deps, submission, form, user, locale);
  return { submission, created: true };
}

/** The name of the enterprise a new submission is filed under: the submitter's own is in their session. */
async function enterpriseName(db: Db, user: SessionUser, enterpriseId: number | null): Promise<string | null> {
  if (enterpriseId === null) return null;
  if (enterpriseId === user.enterpriseId && user.enterpriseName !== null) return user.enterpriseName;
  return (await storedEnterpriseName(db, enterpriseId)) ?? null;
}

async function refuseEmbeddedFiles(db: Db, data: unknown, user: SessionUser, locale: Locale): Promise<void> {
  const inline = dataUrlPaths(data).map((path) => ({
    path: `/data${path}`,
    message: locale === 'en' ? 'upload the file instead of embedding it' : '请上传文件，不要把文件内容嵌入表单',
  }));
  const refs = uploadRefPaths(data);
  const known = refs.length ? await ownUploadIds(db, user.id, [...new Set(refs.map(({ id }) => id))]) : [];
  // Said at the field, without the file's id: an unused upload is deleted after 48 hours, so a draft resumed later names
  // one that is gone, which is the usual case; a stranger's id is answered the same way and learns nothing.
  const foreign = refs
    .filter(({ id }) => !known.includes(id))
    .map(({ path }) => ({ path: `/data${path}`, message: locale === 'en' ? UPLOAD_GONE.en : UPLOAD_GONE['zh-CN'] }));
  if (inline.length || foreign.length) {
    throw new AppError(422, 'invalid_form', { 'zh-CN': '表单填写有误，请按提示修改', en: 'Some fields need attention' }, [
      ...inline,
      ...foreign,
    ]);
  }
}

async function ensureWorkflow(
  deps: SubmitDeps,
  submission: SubmissionView,
  form: StoredForm,
  user: SessionUser,
  locale: Locale,
): Promise<void> {
  const processType = PROCESS_TYPES[form.process.processType];
  if (!processType?.workflowType)
    throw new Error(`form ${form.key}@${form.version} names unknown process type ${form.process.processType}`);
  const input: ProcessStartInput = {
    submissionId: submission.id,
    formKey: form.key,
    formVersion: form.version,
    formTitle: form.title,
    enterpriseId: submission.enterpriseId,
    submitter: { userId: user.id, name: user.displayName, email: user.email, locale },
    data: submission.data,
    params: form.process.params,
  };
  try {
    await deps.temporal.workflow.start(processType.workflowType, {
      workflowId: submission.workflowId,
      taskQueue: deps.config.temporal.taskQueue,
      args: [input],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
