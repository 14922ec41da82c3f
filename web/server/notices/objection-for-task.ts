// The objection a review task is about, as its task page shows it. The objector's mobile, and any resident ID or mobile
// written into the reason, is shown in full only to the reviewer who handles the task (who claimed or decided it, or,
// while nobody has claimed it, who may decide it); everyone else who can see the task (HQ, admins, others of the group,
// and the nominator, who may not review what they filed: core/domain/task-holders.ts) sees it masked.
import type { Knex } from '#core/stores';
import { actorMayDecide } from '#core/domain/human-task';
import { reviewsOwnFiling } from '#core/domain/task-holders';
import { maskMobile } from '#core/notices/mask-mobile';
import { maskNumbersInText } from '#core/privacy/mask';
import { objectionOfTask } from '#core/stores/notices/objection-store';
import { selfFiler } from '#core/stores/submissions/submission-filer';
import type { SessionUser } from '../request-context';
import type { taskView } from '../tasks/task-view';

type TaskView = ReturnType<typeof taskView>;

/** True when `user` is the reviewer handling `task`; `selfFilerId` filed its submission as themselves. */
export function handlesTask(user: SessionUser, task: TaskView, selfFilerId: number | null): boolean {
  if (task.claimedBy === user.id || task.decidedBy === user.id) return true;
  if (task.claimedBy !== null || !['open', 'claimed'].includes(task.status)) return false;
  if (reviewsOwnFiling(task, { selfFilerId }, user.id)) return false;
  return actorMayDecide(
    {
      taskId: task.taskKey,
      assigneeUserId: task.assigneeUserId,
      candidateRole: task.candidateRole as SessionUser['role'] | null,
      candidateGroupId: task.candidateGroupId,
    },
    { userId: user.id, role: user.role, workingGroupId: user.workingGroupId, inspectionBody: user.inspectionBody },
  );
}

/** The objection behind a review task (null for any other task), its mobile masked unless `user` handles the task, and
 * so is any resident ID or mobile written into its reason (the timeline masks them for the same readers). */
export async function objectionForTask(db: Knex, user: SessionUser, task: TaskView) {
  const objection = await objectionOfTask(db, task.taskKey);
  if (!objection) return null;
  const handles = handlesTask(user, task, await selfFiler(db, task.submissionId));
  return {
    id: objection.id,
    noticeId: objection.noticeId,
    reason: handles ? objection.reason : maskNumbersInText(objection.reason),
    status: objection.status,
    lodgedAt: objection.lodgedAt,
    contact: { name: objection.contactName, mobile: handles ? objection.contactMobile : maskMobile(objection.contactMobile) },
  };
}
