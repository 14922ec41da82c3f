// Who may work a task through the API. Its assignee or candidates may claim and decide it (actorMayDecide), except
// someone reviewing what they filed themselves (core/domain/task-holders.ts); HQ, admins, its claimer and whoever may
// work it may hand it on. The workflow's own validator checks the scope again; the filer rule lives here and in the
// stores, which know who filed what.
import { actorMayDecide, type OpenedTask, type TaskActor } from '#core/domain/human-task';
import { reviewsOwnFiling } from '#core/domain/task-holders';
import { AppError } from '#core/errors';
import type { Db } from '#core/stores/db-types';
import { selfFiler } from '#core/stores/submissions/submission-filer';
import type { SessionUser } from '../request-context';
import { outOfScope } from './send-update';
import type { TaskView } from './task-view';

/** 403: the caller filed the submission this review or approval is about. */
export const ownSubmission = new AppError(403, 'own_submission', {
  'zh-CN': '这是您本人提交的事项，须由他人审核办理',
  en: 'You filed this submission; someone else must review it',
});

/** A task view as the human-task rules read it. */
export const asOpened = (task: TaskView): OpenedTask => ({
  taskId: task.taskKey,
  assigneeUserId: task.assigneeUserId,
  candidateRole: task.candidateRole,
  candidateGroupId: task.candidateGroupId,
});

/** The signed-in user as a decision's actor. */
export const actorOf = (user: SessionUser): TaskActor => ({
  userId: user.id,
  role: user.role,
  workingGroupId: user.workingGroupId,
  inspectionBody: user.inspectionBody,
});

/** True when `user` would review their own filing by working `task` (see reviewsOwnFiling). */
export async function isOwnReview(db: Db, task: TaskView, user: SessionUser): Promise<boolean> {
  // A task that names a person is theirs whoever filed it: no need to ask who did.
  if (task.assigneeUserId !== null) return false;
  return reviewsOwnFiling(task, { selfFilerId: await selfFiler(db, task.submissionId) }, user.id);
}

async function refuseOwnReview(db: Db, task: TaskView, user: SessionUser): Promise<void> {
  if (await isOwnReview(db, task, user)) throw ownSubmission;
}

/** Refuses (403) unless `user` may claim or decide `task`: within its scope, and not reviewing what they filed. */
export async function refuseUnlessMayWork(db: Db, task: TaskView, user: SessionUser): Promise<void> {
  if (!actorMayDecide(asOpened(task), actorOf(user))) throw outOfScope;
  await refuseOwnReview(db, task, user);
}

/**
 * Refuses (403) unless `user` may hand `task` on (and list to whom): HQ and admins, who oversee every task; else its
 * claimer or whoever may work it, but not its filer, who would be choosing their own reviewer.
 */
export async function refuseUnlessMayReassign(db: Db, task: TaskView, user: SessionUser): Promise<void> {
  if (user.role === 'hq' || user.role === 'admin') return;
  if (task.claimedBy !== user.id && !actorMayDecide(asOpened(task), actorOf(user))) throw outOfScope;
  await refuseOwnReview(db, task, user);
}
