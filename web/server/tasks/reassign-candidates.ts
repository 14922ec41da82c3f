// Whom a task may be handed to: the users the reassign route accepts, for people who cannot read the user list. The
// list and the route ask the same rule (core/domain/task-holders.ts), so every candidate offered is accepted.
import type { Db } from '#core/stores';
import { HANDLER_ROLES, holderRefusal, type HolderRefusal, type TaskHolding } from '#core/domain/task-holders';
import { possibleHolders, taskHolding, type HeldTaskRef } from '#core/stores/task-holders';
import type { ReassignCandidate } from '#core/api/task-types';
import { AppError } from '#core/errors';
import type { Locale, LocalizedText } from '#core/domain/locale';

export type { ReassignCandidate };

/** What the reassign route refuses a target for, worded for the caller: the whole answer, and the words at `/userId`. */
const REFUSALS: Record<HolderRefusal, { message: LocalizedText; detail: LocalizedText }> = {
  not_handler: {
    message: {
      'zh-CN': '只能转办给在岗的干部、专班成员或指挥部人员',
      en: 'Reassign only to an active cadre, special-class member or HQ user',
    },
    detail: { 'zh-CN': '不是在岗的办理人员', en: 'not an active handler' },
  },
  own_filing: {
    message: {
      'zh-CN': '不能转办给该事项的提交人：本人提交的事项须由他人审核办理',
      en: 'Not to the person who filed this submission: someone else must review what they filed',
    },
    detail: { 'zh-CN': '是该事项的提交人', en: 'filed this submission' },
  },
  outside_body: {
    message: { 'zh-CN': '检查机构的待办只能转办给该机构的成员', en: "An inspection body's task goes only to a member of that body" },
    detail: { 'zh-CN': '不是该检查机构的成员', en: 'not a member of the inspection body' },
  },
  inspection_body: {
    message: {
      'zh-CN': '检查机构成员只办理本机构的检查待办，不能接收此待办',
      en: "Inspection body members work only their own body's inspections, not this task",
    },
    detail: { 'zh-CN': '是检查机构成员', en: 'a member of an inspection body' },
  },
};

/** Everyone who could hold the task, except `holding`'s current assignee, by role then name. */
export async function reassignCandidates(db: Db, task: HeldTaskRef): Promise<ReassignCandidate[]> {
  const holding = await taskHolding(db, task);
  const users = await possibleHolders(db, { roles: HANDLER_ROLES });
  return users
    .filter((user) => user.id !== task.assigneeUserId && holderRefusal(holding, user) === null)
    .map((user) => ({ id: user.id, displayName: user.displayName, role: user.role, workingGroup: user.workingGroupName }));
}

/** The target `userId` of a reassignment of the task, or a 422 at `/userId` saying why they cannot hold it. */
export async function acceptedAssignee(db: Db, task: HeldTaskRef, userId: number, locale: Locale): Promise<{ displayName: string }> {
  const [holding, [target]]: [TaskHolding, Awaited<ReturnType<typeof possibleHolders>>] = await Promise.all([
    taskHolding(db, task),
    possibleHolders(db, { id: userId }),
  ]);
  const refusal = target ? holderRefusal(holding, target) : 'not_handler';
  if (refusal === null) return target!;
  const { message, detail } = REFUSALS[refusal];
  throw new AppError(422, 'bad_assignee', message, [{ path: '/userId', message: detail[locale] }]);
}
