// The public bulletin: open publicity windows and published commendations, readable without signing in; anyone may
// lodge an objection to an open window. Visitors are anonymous, so objections are limited per client address (like
// failed sign-ins) and in size; the workflow's validator refuses one that arrives after the window closed.
import type { RJSFSchema } from '@rjsf/utils';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Router } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '../../../core/errors';
import { findNotice, publicNotices, type NoticeView } from '../../../core/notices/notice-store';
import type { Objection } from '../../../workflows/publicity-stage';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { createDbRateLimiter } from '../session/db-rate-limiter';
import { findSubmission } from '../submissions/submission-store';
import { idParam, validBody } from '../validate-body';

const NOTICE = { 'zh-CN': '公示', en: 'Notice' };
/** Objections one client address may lodge within a quarter of an hour. */
export const OBJECTIONS_PER_ADDRESS = 5;
const OBJECTION: RJSFSchema = {
  type: 'object',
  required: ['reason'],
  properties: { reason: { type: 'string', minLength: 5, maxLength: 1000, pattern: '\\S' } },
  additionalProperties: false,
};
const closed = new AppError(409, 'publicity_closed', {
  'zh-CN': '该公示已结束，不再受理异议',
  en: 'This publicity window has closed; objections are no longer accepted',
});

// The public sees what the notice says, not the internal ids behind it.
const publicView = ({ id, kind, status, content, closesAt, createdAt }: NoticeView) => ({ id, kind, status, content, closesAt, createdAt });

/** Routes under /api/notices. */
export function noticeRoutes(deps: AppDeps): Router {
  const { db, temporal } = deps;
  const limiter = createDbRateLimiter(db, { keyPrefix: 'objection_ip', points: OBJECTIONS_PER_ADDRESS, duration: 900, blockDuration: 900 });
  const router = apiRouter();

  router.get('/api/notices', async (_req, res) => {
    res.json({ notices: (await publicNotices(db)).map(publicView) });
  });

  router.post('/api/notices/:id/objections', async (req, res) => {
    const { reason } = validBody<{ reason: string }>(req, OBJECTION);
    // Every well-formed attempt counts, so probing closed or unknown notices is limited too.
    try {
      await limiter.consume(req.ip ?? '');
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      res.set('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
      throw new AppError(429, 'too_many_objections', {
        'zh-CN': '提交过于频繁，请稍后再试',
        en: 'Too many objections from your address; try again later',
      });
    }
    const notice = await findNotice(db, idParam(req));
    if (!notice || notice.kind !== 'publicity') throw notFound(NOTICE);
    if (notice.status !== 'open') throw closed;
    const submission = await findSubmission(db, notice.submissionId);
    if (!submission) throw notFound(NOTICE);
    const objection: Objection = { userId: req.user?.id ?? null, reason: reason.trim() };
    try {
      await temporal.workflow.getHandle(submission.workflowId).executeUpdate('object', { args: [objection] });
    } catch (error) {
      if (!(error instanceof WorkflowUpdateFailedError)) throw error;
      throw closed;
    }
    await auditRequest(db, req, 'notice.objection', { type: 'notice', id: notice.id }, { submissionId: submission.id });
    res.status(202).json({ accepted: true });
  });

  return router;
}
