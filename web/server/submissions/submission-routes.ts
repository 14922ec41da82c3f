// Submitting forms and reading submissions, always within the caller's scope.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { readerOf } from '#core/privacy/reader-of';
import { withoutDeciderId, withoutFilerId } from '#core/privacy/actor-ids';
import { recordsAboutPerson } from '#core/domain/monitoring-params';
import {
  freshSubmissionPrivacy,
  maskEmails,
  maskSubmissionWithEmails,
  maskSubmissions,
  maskTimeline,
} from '#core/privacy/submission-facts';
import { followsSubject, type AnyMonitoringParams } from '#core/domain/monitoring-params';
import { latestPublishedForm, type StoredForm } from '#core/stores/forms/form-store';
import { inAudience } from '#forms/form-audience';
import { caseWords } from '#forms/present/case-words';
import { requireUser, visibleSubmissions } from '../access';
import type { AppDeps } from '../app-deps';
import type { SessionUser } from '../request-context';
import { mayReadSubmission } from './may-read-submission';
import { submitForm } from './submission-service';
import { emailsOf, findSubmission, listSubmissions, timelineOf, type SubmissionFilter } from '#core/stores/submissions/submission-store';
import { pageQuery } from '../paging';
import { ID_QUERY, INSTANT_QUERY } from '../query-formats';
import { accepts, describedBodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { presentSubmission, withCaseWords } from './present-submission';
import { SUBMISSION_ANSWER, SUBMISSION_DETAIL_ANSWER, SUBMISSION_LIST_ANSWER } from '../openapi/answer-schemas';

const SUBMISSION = { 'zh-CN': '提交记录', en: 'Submission' };
const SUBMISSIONS_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 64, title: 'Part of the case number' },
    formKey: { type: 'string', maxLength: 64, title: 'Only submissions of this form' },
    status: { type: 'string', maxLength: 32, title: 'Only submissions in this status (received, in_progress, settled, …)' },
    enterpriseId: { ...ID_QUERY, title: 'Only submissions of this enterprise' },
    since: { ...INSTANT_QUERY, title: 'Created at or after this instant' },
    until: { ...INSTANT_QUERY, title: 'Created before this instant' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** The live status of the submission's workflow (RUNNING, COMPLETED, …), or null when Temporal cannot say right now. */
async function workflowStatus(deps: AppDeps, workflowId: string): Promise<string | null> {
  try {
    const description = await deps.temporal.workflow.getHandle(workflowId).describe();
    return description.status.name;
  } catch {
    return null;
  }
}

/** A gate check goes through the gate's own route, which checks the signed commitment and the officer's site and
 * decides at the gate; taken here, those checks would be skipped. A monitoring form that follows a named subject (a
 * returning worker, a site) starts here like any other form. */
function refuseMonitoringForm(user: SessionUser, form: StoredForm | undefined): void {
  // Outside the audience the submission answers 404 as before, saying nothing about the form.
  if (!form || !inAudience(form, user) || form.process.processType !== 'monitoring') return;
  if (followsSubject(form.process.params as unknown as AnyMonitoringParams)) return;
  throw new AppError(
    400,
    'use_gate_page',
    {
      'zh-CN': '门岗检查须在“门岗登记”页面提交（/#/gate），以便核验承诺书签名和本工地信息',
      en: 'Gate checks are submitted on the gate page (/#/gate), which checks the signed commitment and your site',
    },
    [{ path: '', message: '/#/gate' }],
  );
}

/** Routes under /api/forms/:key/submissions and /api/submissions. */
export function submissionRoutes(deps: AppDeps, now: () => Date): Router {
  const router = apiRouter();
  const { db } = deps;

  router.post(
    '/api/forms/:key/submissions',
    accepts({
      summary: 'Submit a form',
      describedBody: {
        mediaTypes: ['application/json'],
        schema: {
          type: 'object',
          required: ['submissionId'],
          properties: {
            submissionId: { type: 'string', format: 'uuid', description: 'Made by the client once per submission (its idempotency key)' },
            data: { type: 'object', description: "The form's answers ({} when left out)" },
          },
          additionalProperties: false,
        },
        description:
          "`data` is checked against the published form's own schema (GET /api/forms/{key}), each problem answered 422 at its pointer; " +
          'any other top-level field is answered 422 at its name; ' +
          'the same `submissionId` sent again with the same data is answered 200 with the first submission, with other data 409 ' +
          '`submission_id_reused` naming the case it recorded (nothing filed: send it under a new id), and one another account or ' +
          'form used 409 `submission_id_taken`; a submissionId that is no UUID is 400 `bad_submission_id`',
      },
      answers: {
        202: { description: 'Accepted: the case is filed and its process started', schema: SUBMISSION_ANSWER },
        200: { description: 'This submissionId was filed before: the first submission, nothing started again', schema: SUBMISSION_ANSWER },
      },
    }),
    async (req, res) => {
      const user = requireUser(req);
      const body = describedBodyOf<{ submissionId?: unknown; data?: unknown }>(req);
      const formKey = String(req.params.key);
      const form = await latestPublishedForm(db, formKey);
      refuseMonitoringForm(user, form);
      const { submission, created } = await submitForm(
        { db, temporal: deps.temporal, config: deps.config, now },
        {
          user,
          formKey,
          form,
          submissionId: body.submissionId,
          data: body.data ?? {},
          locale: req.locale,
          requestId: req.requestId,
        },
      );
      req.logContext = { workflowId: submission.workflowId, caseNumber: submission.caseNumber };
      const reader = readerOf(user, req.locale);
      const known =
        created && form
          ? freshSubmissionPrivacy(reader, submission, form.schema, recordsAboutPerson(form.process.processType, form.process.params))
          : undefined;
      // A submission written by this request has sent no email yet (its workflow was started a moment ago, and its
      // emails are written by its activities): no read of the outbox for it. A repeat answers with what was sent.
      const emails = created ? [] : await emailsOf(db, submission.id);
      const shown = await maskSubmissionWithEmails(db, reader, submission, emails, known);
      // Where it stands in its process's words, as reading it back says: the form just filed is the version it holds.
      const words =
        created && form ? caseWords({ ...shown, process: form.process }, req.locale) : (await withCaseWords(db, [shown], req.locale))[0];
      res.status(created ? 202 : 200).json({ submission: { ...shown, ...words } });
    },
  );

  router.get(
    '/api/submissions',
    accepts({
      summary: 'The submissions the caller may read, newest first, by case number, form, status, enterprise and period',
      query: SUBMISSIONS_QUERY,
      answers: { 200: { description: 'A page of submissions', schema: SUBMISSION_LIST_ANSWER } },
    }),
    async (req, res) => {
      const user = requireUser(req);
      const query = queryOf<Omit<SubmissionFilter, 'limit' | 'offset'> & { limit?: number; offset?: number }>(req);
      const paging = pageQuery(query);
      const { submissions, total } = await listSubmissions(db, await visibleSubmissions(db, user), { ...query, ...paging });
      const reader = readerOf(user, req.locale);
      const shown = await maskSubmissions(db, reader, submissions, 'list');
      const worded = await withCaseWords(db, shown, req.locale);
      res.json({ submissions: worded.map((row) => withoutFilerId(reader, withoutDeciderId(reader, row))), page: { ...paging, total } });
    },
  );

  const detail = accepts({
    summary: 'One submission with its timeline and the messages sent about it',
    answers: { 200: { description: 'The submission, masked as the caller may read it', schema: SUBMISSION_DETAIL_ANSWER } },
  });
  router.get('/api/submissions/:id', detail, async (req, res) => {
    const user = requireUser(req);
    const submission = await findSubmission(db, String(req.params.id).toLowerCase());
    if (!submission || !(await mayReadSubmission(db, user, submission))) throw notFound(SUBMISSION);
    const reader = readerOf(user, req.locale);
    const [shown] = await maskSubmissions(db, reader, [submission], 'detail');
    res.json({
      submission: {
        // Who decided is worded in `resultText` (presentSubmission reads the id); an enterprise never gets the id, nor
        // the id of a nominator who filed it.
        ...withoutFilerId(reader, withoutDeciderId(reader, shown!)),
        emails: await maskEmails(db, reader, submission, await emailsOf(db, submission.id)),
        timeline: await maskTimeline(db, reader, submission, await timelineOf(db, submission.id)),
        workflowStatus: await workflowStatus(deps, submission.workflowId),
        ...(await presentSubmission(db, shown!, req.locale, deps.config.timeZone)),
      },
    });
  });

  return router;
}
