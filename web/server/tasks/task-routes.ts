// The inbox API: list, read, claim, release, comment, and decide through the workflow's `decide` Update, its audit entry
// held before the update and kept only when the workflow took the decision (audited-update.ts); handing a task on is
// reassign-routes.ts.
import type { Request, Router } from 'express';
import { apiRouter } from '../api-router';
import { visibleText } from './visible-text';
import type { Decision, TaskAction } from '#core/domain/human-task';
import { AppError } from '#core/errors';
import { readerOf } from '#core/privacy/reader-of';
import { validateFormData } from '#forms/form-validator';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { sendAudited } from '../audit/audited-update';
import { objectionForTask } from '../notices/objection-for-task';
import { decideUpdate } from '#workflows/human-task-contract';
import { closed, missingMessage, sendUpdate } from './send-update';
import { taskTimeline } from './task-timeline';
import { withShownSummaries } from './shown-summaries';
import { inbox, inboxTotal } from '#core/stores/task-inbox';
import { addTaskComment, taskComments } from '#core/stores/task-comment-store';
import { taskItems } from '#core/stores/task-item-store';
import { claimTask, releaseTask } from '#core/stores/task-store';
import { taskView } from './task-view';
import { TASKS_QUERY, type TasksQuery } from './tasks-query';
import { pageQuery } from '../paging';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { DECIDED_ANSWER, TASK_ANSWER, TASK_DETAIL_ANSWER, TASK_LIST_ANSWER } from '../openapi/answer-schemas';
import { actionForm } from '#forms/present/decision-form';
import { INBOX_ROLES, loadTask } from './load-task';
import { actorOf, isOwnReview, refuseUnlessMayWork } from './task-scope';

const COMMENT_TEXT = visibleText(1, 2000, { 'zh-CN': '请填写评论内容', en: 'Write the comment' });

/** Routes under /api/tasks: the inbox, one task, claim, release, comments and decisions (reassign-routes.ts hands one on). */
export function taskRoutes({ db, temporal, config, logger }: AppDeps): Router {
  const router = apiRouter();
  const load = (req: Request) => loadTask(db, req);

  router.get(
    '/api/tasks',
    accepts({
      summary: 'A page of the tasks the caller may see: one tab (mine, groups, done, all), filtered and sorted by due time or priority',
      query: TASKS_QUERY,
      answers: { 200: { description: 'A page of tasks', schema: TASK_LIST_ANSWER } },
    }),
    async (req, res) => {
      const user = requireRole(req, INBOX_ROLES);
      const query = queryOf<TasksQuery>(req);
      const paging = pageQuery(query);
      const filter = { ...query, box: query.box ?? 'mine', sort: query.sort ?? 'due', ...paging };
      const now = new Date();
      const [rows, total] = await Promise.all([inbox(db, user, filter, now), inboxTotal(db, user, filter, now)]);
      res.json({ tasks: await withShownSummaries(db, user, req.locale, rows.map(taskView), 'list'), page: { ...paging, total } });
    },
  );

  const one = accepts({
    summary: 'One task, with the form and fields its decision needs, its comments and listed items',
    answers: { 200: { description: 'The task', schema: TASK_DETAIL_ANSWER } },
  });
  router.get('/api/tasks/:id', one, async (req, res) => {
    const { user, task } = await load(req);
    res.json({
      task,
      comments: await taskComments(db, task.taskKey, req.locale),
      objection: await objectionForTask(db, user, task),
      // A follow-up task's rows: the enterprises it lists with their cadres, each closing as its report arrives.
      items: await taskItems(db, task.taskKey),
      // The app offers no claim, decision or reassignment to the filer of what is reviewed (the routes refuse them).
      ownFiling: await isOwnReview(db, task, user),
    });
  });

  router.get('/api/tasks/:id/timeline', async (req, res) => {
    const { user, task } = await load(req);
    res.json(await taskTimeline(db, readerOf(user, req.locale), task.workflowId, task.submissionId, config.timeZone));
  });

  const claimed = accepts({
    summary: 'Claim a task offered to a group or role, so others see it is being handled',
    answers: { 200: { description: 'The task, now claimed by the caller', schema: TASK_ANSWER } },
  });
  router.post('/api/tasks/:id/claim', claimed, async (req, res) => {
    const { user, task } = await load(req);
    await refuseUnlessMayWork(db, task, user);
    if (!(await claimTask(db, task.taskKey, user.id, new Date().toISOString())))
      throw new AppError(409, 'task_taken', {
        'zh-CN': '该待办已被他人认领或已办结',
        en: 'Someone else has claimed this task, or it is closed',
      });
    await auditRequest(db, req, 'task.claim', { type: 'task', id: task.taskKey });
    res.json({ task: { ...task, claimedBy: user.id, claimedByName: user.displayName, status: 'claimed' } });
  });

  const released = accepts({
    summary: 'Give back a task the caller claimed',
    answers: { 200: { description: 'The task, open again', schema: TASK_ANSWER } },
  });
  router.post('/api/tasks/:id/release', released, async (req, res) => {
    const { user, task } = await load(req);
    if (!(await releaseTask(db, task.taskKey, user.id)))
      throw new AppError(409, 'not_claimed', { 'zh-CN': '您没有认领该待办', en: 'You have not claimed this task' });
    await auditRequest(db, req, 'task.release', { type: 'task', id: task.taskKey });
    res.json({ task: { ...task, claimedBy: null, claimedByName: null, status: 'open' } });
  });

  router.post(
    '/api/tasks/:id/comments',
    accepts({
      summary: 'Comment on a task',
      body: {
        type: 'object',
        required: ['body'],
        properties: { body: COMMENT_TEXT },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const { user, task } = await load(req);
      const body = bodyOf<{ body: string }>(req).body.trim();
      await addTaskComment(db, { taskId: task.taskKey, userId: user.id, body, at: new Date().toISOString() });
      await auditRequest(db, req, 'task.comment', { type: 'task', id: task.taskKey });
      res.status(201).json({ comment: { body, by: user.displayName } });
    },
  );

  router.post(
    '/api/tasks/:id/decide',
    accepts({
      summary: 'Decide a task',
      body: {
        type: 'object',
        required: ['action'],
        properties: { action: { type: 'string' }, data: { type: 'object' }, comment: { type: 'string', maxLength: 2000 } },
        additionalProperties: false,
      },
      answers: { 200: { description: 'The process took the decision', schema: DECIDED_ANSWER } },
    }),
    async (req, res) => {
      const { user, task } = await load(req);
      req.logContext = { workflowId: task.workflowId, caseNumber: task.caseNumber, taskId: task.taskKey };
      const body = bodyOf<{ action: TaskAction; data?: Record<string, unknown>; comment?: string }>(req);
      if (!['open', 'claimed'].includes(task.status)) throw closed;
      await refuseUnlessMayWork(db, task, user);
      if (task.claimedBy !== null && task.claimedBy !== user.id)
        throw new AppError(409, 'task_taken', { 'zh-CN': '该待办已被他人认领', en: 'Someone else has claimed this task' });
      if (!task.allowedActions.includes(body.action)) {
        throw new AppError(422, 'action_not_allowed', { 'zh-CN': '此环节不允许该操作', en: 'This action is not allowed at this step' }, [
          {
            path: '/action',
            message:
              req.locale === 'en' ? `Allowed here: ${task.allowedActions.join(', ')}` : `此环节可选：${task.allowedActions.join('、')}`,
          },
        ]);
      }
      // The action's own form, in the reader's language: the fields it needs are required, each problem named at its field.
      const schema = task.completionSchema;
      const form = actionForm(schema, task.requiredByAction, body.action, req.locale);
      const problems = [
        ...validateFormData(schema, body.data ?? {}, req.locale),
        ...validateFormData(form, body.data ?? {}, req.locale),
      ].filter((p, i, all) => all.findIndex((q) => q.path === p.path) === i);
      if (problems.length)
        throw new AppError(
          422,
          'invalid_completion',
          { 'zh-CN': '办理内容有误', en: 'The completion form has problems' },
          problems.map((p) => ({ path: `/data${p.path}`, message: p.message })),
        );
      const decision: Decision = {
        taskId: task.taskKey,
        action: body.action,
        data: body.data ?? {},
        comment: body.comment ?? '',
        actor: actorOf(user),
      };
      const audited = {
        workflowId: task.workflowId,
        action: 'task.decide',
        target: { type: 'task', id: task.taskKey },
        summary: { action: body.action, submissionId: task.submissionId },
      };
      await sendAudited({ db, logger }, req, audited, (updateId) =>
        sendUpdate(
          () => temporal.workflow.getHandle(task.workflowId).executeUpdate(decideUpdate, { args: [decision], updateId }),
          (name) => missingMessage(form, name, req.locale),
        ),
      );
      res.json({ accepted: true, task: { ...task, status: 'done', decidedBy: user.id, decidedByName: user.displayName } });
    },
  );

  return router;
}
