// Handing a task on: whom it may go to (GET /api/tasks/:id/candidates) and the reassignment itself, which the
// workflow takes as an Update and the task row, a comment and the audit log record (the entry held across a stopped
// process, audit/audited-update.ts, and the row and comment then written by settling, record-reassignment.ts). Both
// ask one rule of who could hold the task (reassign-candidates.ts), so the list offers exactly the people the
// reassignment accepts.
import type { Router } from 'express';
import { reassignUpdate } from '#workflows/human-task-contract';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { sendAudited } from '../audit/audited-update';
import { TASK_ANSWER } from '../openapi/answer-schemas';
import { pageOfList, pageQuery } from '../paging';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { loadTask } from './load-task';
import { acceptedAssignee, reassignCandidates } from './reassign-candidates';
import { recordReassignment, type ReassignSummary } from './record-reassignment';
import { closed, sendUpdate } from './send-update';
import { refuseUnlessMayReassign } from './task-scope';
import { CANDIDATES_QUERY } from './tasks-query';
import { RECORD_ID } from '../query-formats';
import { visibleText } from './visible-text';

// Recorded as a comment on the task, so held to the same check: two characters, one of them visible.
const REASON_TEXT = visibleText(2, 500, { 'zh-CN': '请填写至少 2 个字的原因', en: 'Give a reason of at least 2 characters' });

/** Routes under /api/tasks/:id that hand a task to someone else. */
export function reassignRoutes({ db, temporal, logger }: AppDeps): Router {
  const router = apiRouter();

  router.get(
    '/api/tasks/:id/candidates',
    accepts({ summary: 'A page of the people a task may be handed to, by role and name', query: CANDIDATES_QUERY }),
    async (req, res) => {
      const { user, task } = await loadTask(db, req);
      await refuseUnlessMayReassign(db, task, user);
      const filter = queryOf<{ role?: string; limit?: number; offset?: number }>(req);
      const candidates = (await reassignCandidates(db, task)).filter((c) => !filter.role || c.role === filter.role);
      const { rows, page } = pageOfList(candidates, pageQuery(filter));
      res.json({ candidates: rows, page });
    },
  );

  router.post(
    '/api/tasks/:id/reassign',
    accepts({
      summary: 'Reassign a task',
      body: {
        type: 'object',
        required: ['userId', 'reason'],
        properties: { userId: RECORD_ID, reason: REASON_TEXT },
        additionalProperties: false,
      },
      answers: { 200: { description: 'The task, now the new assignee’s', schema: TASK_ANSWER } },
    }),
    async (req, res) => {
      const { user, task } = await loadTask(db, req);
      // A reassignment is an update of the case's workflow: its log line names the case, as a decision's does.
      req.logContext = { workflowId: task.workflowId, caseNumber: task.caseNumber, taskId: task.taskKey };
      const { userId, reason } = bodyOf<{ userId: number; reason: string }>(req);
      await refuseUnlessMayReassign(db, task, user);
      if (!['open', 'claimed'].includes(task.status)) throw closed;
      const target = await acceptedAssignee(db, task, userId, req.locale);
      const audited = {
        workflowId: task.workflowId,
        action: 'task.reassign',
        target: { type: 'task', id: task.taskKey },
        summary: {
          before: { assigneeUserId: task.assigneeUserId, candidateRole: task.candidateRole },
          after: { assigneeUserId: userId },
          reason,
        } satisfies ReassignSummary,
      };
      // A task that offers no decision (a cadre's follow-up of a missing report, closed when the report arrives) has no
      // workflow waiting on it: its row is all there is to reassign, audited with it.
      const decidable = task.allowedActions.length > 0;
      if (decidable)
        await sendAudited({ db, logger }, req, audited, (updateId) =>
          sendUpdate(() =>
            temporal.workflow
              .getHandle(task.workflowId)
              .executeUpdate(reassignUpdate, { args: [{ taskId: task.taskKey, assigneeUserId: userId }], updateId }),
          ),
        );
      await recordReassignment(
        db,
        { taskId: task.taskKey, assigneeUserId: userId, by: user.id, reason, at: new Date().toISOString() },
        decidable ? undefined : (trx) => auditRequest(trx, req, audited.action, audited.target, audited.summary),
      );
      res.json({
        task: {
          ...task,
          assigneeUserId: userId,
          assigneeName: target.displayName,
          candidateRole: null,
          candidateGroupId: null,
          claimedBy: null,
          claimedByName: null,
          status: 'open',
        },
      });
    },
  );

  return router;
}
