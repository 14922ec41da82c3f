// Who may hold a task besides what its candidate role and group say (actorMayDecide, human-task.ts): nobody reviews what
// they filed themselves, and the inspection bodies' tasks and the service class's tasks stay on their own sides. The
// reassign route, its list of candidates and the claim and decide routes all ask these two functions.
import type { OpenedTask } from './human-task';
import type { Role } from '../org/org-types';

/** Roles that work an inbox and so may receive a reassigned task. */
export const HANDLER_ROLES = ['cadre', 'special_class', 'hq'] as const;

/** What a task's possible holders depend on beyond its candidates, as the stores read it. */
export interface TaskHolding {
  /** The inspection body whose task it is (offered to it, or handed to one of its members); null for any other task. */
  inspectionBodyId: number | null;
  /** Who filed the task's submission as themselves (null: no submission, or filed on an enterprise's behalf). */
  selfFilerId: number | null;
}

/** A user as a possible holder of a task. */
export interface PossibleHolder {
  id: number;
  role: Role;
  active: boolean;
  workingGroupId: number | null;
  /** Their working group is an inspection body. */
  inspectionBody: boolean;
}

/** Why a user cannot hold a task. */
export type HolderRefusal = 'not_handler' | 'own_filing' | 'outside_body' | 'inspection_body';

/**
 * Why `user` could not hold `task` if it were handed to them, or null when they could. A task about a submission is
 * never handed to whoever filed it as themselves, whatever the task; an inspection body's task goes to its own members
 * only (the levels inspect in turn, none is skipped), and any other task to no inspection body's member.
 */
export function holderRefusal(task: TaskHolding, user: PossibleHolder): HolderRefusal | null {
  const handlers: readonly Role[] = HANDLER_ROLES;
  if (!user.active || !handlers.includes(user.role)) return 'not_handler';
  if (task.selfFilerId === user.id) return 'own_filing';
  if (task.inspectionBodyId !== null) return user.workingGroupId === task.inspectionBodyId ? null : 'outside_body';
  return user.inspectionBody ? 'inspection_body' : null;
}

/**
 * Whether `userId` would review their own filing by working `task`: it is offered to a role or group (a review or an
 * approval) and they filed its submission as themselves. A task that names a person stays theirs, whoever filed: the
 * reassign route never hands the filer a task of their own submission (holderRefusal), so only the process can have
 * named them, as it names an enterprise's cadre.
 */
export function reviewsOwnFiling(task: Pick<OpenedTask, 'assigneeUserId'>, holding: Pick<TaskHolding, 'selfFilerId'>, userId: number) {
  return task.assigneeUserId === null && holding.selfFilerId === userId;
}
