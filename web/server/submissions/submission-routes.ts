// Submitting forms and reading submissions, always within the caller's scope.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '../../../core/errors';
import { readerOf } from '../../../core/privacy/reader-of';
import {
  freshSubmissionPrivacy,
  maskEmails,
  maskSubmissionWithEmails,
  maskSubmissions,
  maskTimeline,
} from '../../../core/privacy/submission-facts';
import { followsSubject, type AnyMonitoringParams } from '../../../core/domain/monitoring-params';
import { latestPublishedForm, type StoredForm } from '../../../forms/form-store';
import { requireUser, visibleSubmissions } from '../access';
import type { AppDeps } from '../app-deps';
import type { SessionUser } from '../request-context';
import { mayReadSubmission } from './may-read-submission';
import { submitForm } from './submission-service';
import { emailsOf, findSubmission, listSubmissions, timelineOf } from './submission-store';
import { presentSubmission } from './present-submission';

const SUBMISSION = { 'zh-CN': '提交记录', en: 'Submission' };

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
  if (!form || !form.audience.includes(user.role) || form.process.processType !== 'monitoring') return;
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

  router.post('/api/forms/:key/submissions', async (req, res) => {
    const user = requireUser(req);
    const form = await latestPublishedForm(db, req.params.key);
    refuseMonitoringForm(user, form);
    const body = (req.body ?? {}) as { submissionId?: unknown; data?: unknown };
    const { submission, created } = await submitForm(
      { db, temporal: deps.temporal, config: deps.config, now },
      {
        user,
        formKey: req.params.key,
        form,
        submissionId: body.submissionId,
        data: body.data ?? {},
        locale: req.locale,
        requestId: req.requestId,
      },
    );
    req.logContext = { workflowId: submission.workflowId, caseNumber: submission.caseNumber };
    const reader = readerOf(user, req.locale);
    const known = created && form ? freshSubmissionPrivacy(reader, submission, form.schema, form.process.processType) : undefined;
    // A submission written by this request has sent no email yet (its workflow was started a moment ago, and its
    // emails are written by its activities): no read of the outbox for it. A repeat answers with what was sent.
    const emails = created ? [] : await emailsOf(db, submission.id);
    res.status(created ? 202 : 200).json({ submission: await maskSubmissionWithEmails(db, reader, submission, emails, known) });
  });

  router.get('/api/submissions', async (req, res) => {
    const user = requireUser(req);
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 64) : undefined;
    const submissions = await listSubmissions(db, await visibleSubmissions(db, user), 200, q);
    res.json({ submissions: await maskSubmissions(db, readerOf(user, req.locale), submissions, 'list') });
  });

  router.get('/api/submissions/:id', async (req, res) => {
    const user = requireUser(req);
    const submission = await findSubmission(db, req.params.id.toLowerCase());
    if (!submission || !(await mayReadSubmission(db, user, submission))) throw notFound(SUBMISSION);
    const reader = readerOf(user, req.locale);
    const [shown] = await maskSubmissions(db, reader, [submission], 'detail');
    res.json({
      submission: {
        ...shown,
        emails: await maskEmails(db, reader, submission, await emailsOf(db, submission.id)),
        timeline: await maskTimeline(db, reader, submission, await timelineOf(db, submission.id)),
        workflowStatus: await workflowStatus(deps, submission.workflowId),
        ...(await presentSubmission(db, shown!, req.locale)),
      },
    });
  });

  return router;
}
