// Activities of the human-task building block: write the task row and notify; close the row.
import type { Db } from '#core/stores';
import { findEnterprise } from '#core/stores/org/enterprise-store';
import { caseNumberOf } from '#core/stores/submissions/submission-store';
import { selfFiler } from '#core/stores/submissions/submission-filer';
import { newTaskRecord, type TaskRow } from '#core/stores/task-row';
import { closeTask, findTask, flagTaskOverdue, OPEN_STATUSES, openTask } from '#core/stores/task-store';
import { recipients, type Recipient } from '#core/stores/user-store';
import type { OpenedTask, TaskBreach, TaskNotice, TaskOutcome, TaskSpec, TaskStatus } from '#core/domain/human-task';
import { FOCUS_ENTERPRISE_PRIORITY } from '#core/domain/human-task';
import { reviewsOwnFiling } from '#core/domain/task-holders';
import type { LocalizedText } from '#core/domain/locale';
import type { Role } from '#core/org/org-types';
import type { createEmailActivities } from './email-activities';
import { resolveAssignee } from './task-assignee';
import { breachFactsIn, breachTexts } from './task-breach-facts';

/** Input of closeTask. */
export interface CloseTaskInput {
  taskId: string;
  status: Extract<TaskStatus, 'done' | 'escalated' | 'expired' | 'cancelled'>;
  outcome: TaskOutcome;
  decidedBy: number | null;
}

/** Input of alertUsers. */
export interface AlertUsersInput {
  key: string;
  /** A list of users, or everyone active in a role (HQ when unnamed), narrowed to one unit when `workingGroupKey` is given. */
  to: { role?: Role; userIds?: number[]; workingGroupKey?: string };
  template: string;
  title: LocalizedText;
  submissionId: string | null;
  data: Record<string, unknown>;
}

/** The people a task notice goes to: its assignee, or every active member of its candidate role and group (of a whole
 * role's task, those outside the inspection bodies: actorMayDecide) but the one who filed its submission, who may not
 * review it (core/domain/task-holders.ts). */
async function recipientsOf(db: Db, task: OpenedTask, submissionId: string | null): Promise<Recipient[]> {
  if (task.assigneeUserId !== null) return recipients(db, { userIds: [task.assigneeUserId] });
  if (task.candidateRole === null) return [];
  const candidates =
    task.candidateGroupId === null
      ? await recipients(db, { role: task.candidateRole, outsideInspectionBodies: true })
      : await recipients(db, { role: task.candidateRole, workingGroupId: task.candidateGroupId });
  const filer = await selfFiler(db, submissionId);
  return candidates.filter((user) => !reviewsOwnFiling(task, { selfFilerId: filer }, user.id));
}

const TEMPLATE_OF_NOTICE: Record<TaskNotice | 'assigned', string> = {
  assigned: 'task-assigned',
  'due-soon': 'task-due-soon',
  overdue: 'task-overdue',
};

/** Builds the task activities; `email` sends the notices. */
export function createTaskActivities(deps: { db: Db; email: ReturnType<typeof createEmailActivities>; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  const { db } = deps;
  const openedOf = (row: TaskRow): OpenedTask => ({
    taskId: row.id,
    assigneeUserId: row.assigneeUserId,
    candidateRole: row.candidateRole,
    candidateGroupId: row.candidateGroupId,
  });
  // One key per task, notice and person: a retried activity never sends the same notice twice. An overdue notice says
  // what the breach did (`breach`, from the workflow: the row is still open when it is sent).
  async function notify(row: TaskRow, notice: TaskNotice | 'assigned', breach?: TaskBreach): Promise<void> {
    const task = row.claimedBy ? { ...openedOf(row), assigneeUserId: row.claimedBy } : openedOf(row);
    const breached = breach ? await breachTexts(db, breach, row.enterpriseId) : undefined;
    for (const user of await recipientsOf(db, task, row.submissionId)) {
      const { locale } = user;
      await deps.email.sendEmail({
        key: `${row.id}/${notice}/${user.id}`,
        template: TEMPLATE_OF_NOTICE[notice],
        locale,
        to: user.email,
        submissionId: row.submissionId ?? undefined,
        data: {
          recipientName: user.displayName,
          taskTitle: row.title[locale],
          dueAt: row.dueAt,
          taskId: row.id,
          ...(breached ? breachFactsIn(breached, locale) : {}),
        },
      });
    }
  }
  return {
    /** Who a task will go to (a user, or a candidate role and group), without writing anything. */
    async resolveTaskAssignee(spec: TaskSpec): Promise<Omit<OpenedTask, 'taskId'>> {
      return resolveAssignee(db, spec);
    },

    /**
     * Writes the task row once (idempotent by task id) and tells the people who may act. With `resolved` (what
     * resolveTaskAssignee answered, already known to the waiting workflow) the row goes to exactly those people.
     */
    async openTask(spec: TaskSpec, resolved?: Omit<OpenedTask, 'taskId'>): Promise<OpenedTask> {
      let row = await findTask(db, spec.taskId);
      if (!row) {
        const assignee = resolved ?? (await resolveAssignee(db, spec));
        const enterprise = spec.enterpriseId === null ? undefined : await findEnterprise(db, spec.enterpriseId);
        const priority = enterprise?.focus ? Math.max(spec.priority, FOCUS_ENTERPRISE_PRIORITY) : spec.priority;
        const caseNumber = spec.submissionId ? await caseNumberOf(db, spec.submissionId) : null;
        row = await openTask(
          db,
          newTaskRecord({ ...spec, priority }, assignee, enterprise?.name ?? '', now().toISOString(), undefined, caseNumber),
        );
      }
      const task = openedOf(row);
      if (!spec.silent) await notify(row, 'assigned');
      return task;
    },

    /** Reminds whoever holds the task now that it is due soon, or tells them it is overdue and what the breach did. */
    async notifyTask(input: { taskId: string; notice: TaskNotice; breach?: TaskBreach }): Promise<void> {
      const row = await findTask(db, input.taskId);
      const open: readonly string[] = OPEN_STATUSES;
      if (row && open.includes(row.status)) await notify(row, input.notice, input.notice === 'overdue' ? input.breach : undefined);
    },

    /** Closes a task row if it is still open; a retry after a lost reply changes nothing more. */
    async closeTask(input: CloseTaskInput): Promise<void> {
      await closeTask(db, input.taskId, { ...input, at: now().toISOString() });
    },

    /** Flags an open task overdue once (it stays open: its SLA ran out and the case waits at the same rung). */
    async flagTaskOverdue(input: { taskId: string; at: string }): Promise<void> {
      await flagTaskOverdue(db, input.taskId, input.at);
    },

    /** Emails an alert to a list of users or everyone active in a role; one key per alert and person. */
    async alertUsers(input: AlertUsersInput): Promise<number> {
      const { userIds, role, workingGroupKey } = input.to;
      const users = await recipients(
        db,
        userIds?.length ? { userIds } : { role: role ?? 'hq', workingGroupKey: workingGroupKey || undefined },
      );
      for (const user of users) {
        const { locale } = user;
        await deps.email.sendEmail({
          key: `${input.key}/${user.id}`,
          template: input.template,
          locale,
          to: user.email,
          submissionId: input.submissionId ?? undefined,
          data: { ...input.data, recipientName: user.displayName, locale, title: input.title[locale] },
        });
      }
      return users.length;
    },
  };
}
