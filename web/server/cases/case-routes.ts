// The reporting enterprise's side of a ladder: answer a "return for more information" (text, and files uploaded first
// through /api/uploads), confirm or reopen a resolution, and read what the case waits on. Only the enterprise that owns
// the submission may answer; the workflow refuses an answer nobody asked for (409) before it reaches history. An
// answer's files never enter the workflow: they are linked to the answer in case_replies first, pending and named by the
// id of the update that carries the text, then the update is sent; accepted, the row is marked so (the timeline reads it
// beside the workflow's `ladder.reply`, the upload checks as attaching its files), refused, it is removed. A process
// stopped in between leaves the row pending, and settling reads the outcome from the workflow (pending-replies.ts). The
// audit entry of an answer or a verdict is held the same way, under the same update id (audit/audited-update.ts): the log
// records every answer and verdict the workflow took, and none it refused.
import { randomUUID } from 'node:crypto';
import { Router, type Request } from 'express';
import { apiRouter } from '../api-router';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { AppError, notFound } from '#core/errors';
import {
  ladderStateQuery,
  replyUpdate,
  verdictUpdate,
  type InformationReply,
  type LadderState,
  type ResolutionVerdict,
} from '#workflows/enterprise-replies';
import { requireRole, requireUser } from '../access';
import type { AppDeps } from '../app-deps';
import { sendAudited } from '../audit/audited-update';
import { mayReadSubmission } from '../submissions/may-read-submission';
import { findSubmission } from '#core/stores/submissions/submission-store';
import { accepts, bodyOf, invalidBody } from '../route-contract';
import { REPLY_MAX_FILES } from '#forms/upload-limits';
import { acceptCaseReply, dropPendingReply, holdCaseReply, type SentReply } from '#core/stores/submissions/case-reply-store';
import { ownUploadIds } from '#core/stores/submissions/submission-uploads';
import { UPLOAD_GONE } from '../submissions/submission-service';

const CASE = { 'zh-CN': '事项', en: 'Case' };
const notWaiting = new AppError(409, 'case_not_waiting', {
  'zh-CN': '该事项当前不需要您答复，请刷新查看最新状态',
  en: 'This case is not waiting for your answer; reload to see where it stands',
});

async function sendUpdate(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    // A finished workflow (a settled case, or a short one such as a daily report's) waits for nobody.
    if (error instanceof WorkflowNotFoundError) throw notWaiting;
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const cause = error.cause as { type?: string; message?: string } | undefined;
    if (cause?.type === 'InvalidReply')
      throw new AppError(422, 'invalid_reply', { 'zh-CN': '答复内容不完整', en: 'The answer is incomplete' }, [
        { path: '', message: cause.message ?? '' },
      ]);
    throw notWaiting;
  }
}

/** Routes under /api/submissions/:id/case. */
export function caseRoutes({ db, temporal, logger, now = () => new Date() }: AppDeps): Router {
  const router = apiRouter();

  async function ownCase(req: Request) {
    const user = requireRole(req, ['enterprise']);
    const submission = await findSubmission(db, String(req.params.id).toLowerCase());
    if (!submission || submission.enterpriseId === null || submission.enterpriseId !== user.enterpriseId) throw notFound(CASE);
    // The enterprise's answer or verdict is a decision on the case: its log line names the case, like a task's.
    req.logContext = { workflowId: submission.workflowId, caseNumber: submission.caseNumber };
    return { user, submission };
  }

  /** Links the answer's files, pending, in one transaction with the check that they are the account's own and stored. */
  async function holdReply(req: Request, sent: SentReply): Promise<void> {
    const { userId, uploadIds } = sent;
    await db.transaction(async (trx) => {
      // Only the account's own uploads, still stored: a stranger's id is answered as a file gone and learns nothing.
      const own = uploadIds.length ? await ownUploadIds(trx, userId, uploadIds) : [];
      const gone = uploadIds.flatMap((id, index) =>
        own.includes(id) ? [] : [{ path: `/files/${index}`, message: UPLOAD_GONE[req.locale] }],
      );
      if (gone.length) throw invalidBody(gone);
      await holdCaseReply(trx, sent);
    });
  }

  router.get('/api/submissions/:id/case', async (req, res) => {
    const user = requireUser(req);
    const submission = await findSubmission(db, String(req.params.id).toLowerCase());
    if (!submission || !(await mayReadSubmission(db, user, submission))) throw notFound(CASE);
    let state: LadderState | null = null;
    try {
      state = await temporal.workflow.getHandle(submission.workflowId).query(ladderStateQuery);
    } catch {
      // Not a ladder, or finished and no longer queryable: the submission's status says the rest.
    }
    res.json({ state });
  });

  router.post(
    '/api/submissions/:id/case/reply',
    accepts({
      summary: 'Reply on a case',
      body: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string', minLength: 1, maxLength: 4000 },
          files: {
            type: 'array',
            description: `Files uploaded first (POST /api/uploads) by this account, as their refs (upload:<id>); at most ${REPLY_MAX_FILES}`,
            items: { type: 'string', format: 'upload-ref' },
            maxItems: REPLY_MAX_FILES,
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const { user, submission } = await ownCase(req);
      const { text, files = [] } = bodyOf<{ text: string; files?: string[] }>(req);
      const uploadIds = files.map((ref) => ref.slice('upload:'.length));
      const sent: SentReply = {
        submissionId: submission.id,
        userId: user.id,
        text,
        uploadIds,
        updateId: `case-reply/${randomUUID()}`,
        at: now().toISOString(),
      };
      await holdReply(req, sent);
      const reply: InformationReply = { userId: user.id, text };
      const handle = temporal.workflow.getHandle(submission.workflowId);
      const audited = {
        workflowId: submission.workflowId,
        updateId: sent.updateId,
        action: 'case.reply',
        target: { type: 'submission', id: submission.id },
        summary: { files: uploadIds.length },
      };
      await sendAudited({ db, logger }, req, audited, async (updateId) => {
        try {
          await sendUpdate(() => handle.executeUpdate(replyUpdate, { args: [reply], updateId }));
        } catch (error) {
          // Refused (sendUpdate's answers): the files go back to being unused. Anything else may have reached the
          // workflow and is left pending for settling to read.
          if (error instanceof AppError) await dropPendingReply(db, sent.updateId);
          throw error;
        }
      });
      // Taken by the workflow, the answer stands: a row that cannot be marked now is settled later, and the enterprise is
      // told its answer was taken, not that something failed.
      try {
        await acceptCaseReply(db, sent, now().toISOString());
      } catch (error) {
        logger.error({ err: error, updateId: sent.updateId }, 'answer taken; its files are left for settling');
      }
      res.json({ accepted: true });
    },
  );

  router.post(
    '/api/submissions/:id/case/verdict',
    accepts({
      summary: 'Confirm or reopen a case',
      body: {
        type: 'object',
        required: ['verdict'],
        properties: { verdict: { type: 'string', enum: ['confirm', 'reopen'] }, reason: { type: 'string', maxLength: 2000 } },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const { user, submission } = await ownCase(req);
      const body = bodyOf<{ verdict: 'confirm' | 'reopen'; reason?: string }>(req);
      const verdict: ResolutionVerdict = { userId: user.id, verdict: body.verdict, reason: body.reason };
      const audited = {
        workflowId: submission.workflowId,
        action: `case.${body.verdict}`,
        target: { type: 'submission', id: submission.id },
        summary: { reason: body.reason ?? '' },
      };
      await sendAudited({ db, logger }, req, audited, (updateId) =>
        sendUpdate(() => temporal.workflow.getHandle(submission.workflowId).executeUpdate(verdictUpdate, { args: [verdict], updateId })),
      );
      res.json({ accepted: true });
    },
  );

  return router;
}
