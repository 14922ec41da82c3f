// Escalations of a collection round that are tasks (issue 19): at the escalation step, one task per enterprise still
// missing its report on its cadre's inbox (P1), or one task listing them with their cadres for a working group or HQ
// (P3). Rows close as the reports arrive; a task closes when none of its rows is left. Task and row ids are fixed by
// the round's workflow, the step and the enterprise, so a retry or a restart opens nothing twice.
import type { EscalationTarget, FollowUpTaskParams } from '#core/domain/collection-plan';
import type { ClosedOutcome, TaskSpec } from '#core/domain/human-task';
import type { LocalizedText } from '#core/domain/locale';
import type { Db } from '#core/stores';
import { missedReports, type MissedReport } from '#core/stores/collections/follow-up-store';
import { roundFacts } from '#core/stores/collections/round-store';
import { newestFormTitle } from '#core/stores/forms/form-store';
import { workingGroupIdByKey } from '#core/stores/org/reference-data-store';
import { newTaskRecord } from '#core/stores/task-row';
import { closeReportedItems, countTaskItems, openTasksWithItems, type NewTaskItem } from '#core/stores/task-item-store';
import { closeTasksAsDone, findTask } from '#core/stores/task-store';

/** Input of openCollectionFollowUps. */
export interface OpenFollowUpsInput {
  roundId: string;
  workflowId: string;
  index: number;
  to: Exclude<EscalationTarget, 'enterprise'>;
  workingGroupKey?: string;
  task: FollowUpTaskParams;
  /** The escalation's time (the workflow's clock): the SLA counts from it. */
  at: string;
}

/** What was opened: how many rows, and the one list task (a group's or HQ's) the round waits on. */
export interface OpenFollowUpsResult {
  items: number;
  listTask: TaskSpec | null;
  /** When the follow-ups are due (null when none was opened): the step's email names it. */
  dueAt: string | null;
}

/** Why a row or a follow-up task closed when the missing report came in. */
export const REPORT_RECEIVED = 'report-received';
/** A decision needs nothing but an optional note. */
export const NOTE_ONLY = { type: 'object', properties: { note: { type: 'string', maxLength: 2000 } } };

function spec(taskId: string, title: LocalizedText, enterpriseId: number | null, input: OpenFollowUpsInput, dueAt: string): TaskSpec {
  return {
    taskId,
    step: `follow-up-${input.index}`,
    processType: 'collection',
    title,
    assignee:
      enterpriseId !== null
        ? { kind: 'cadre-of-enterprise' }
        : { kind: 'role', role: input.to === 'hq' ? 'hq' : 'special_class', workingGroupKey: input.workingGroupKey },
    submissionId: null,
    enterpriseId,
    priority: input.task.priority ?? 1,
    dueAt,
    // A cadre's follow-up ends when the enterprise reports; a list can also be closed by a member's decision.
    allowedActions: enterpriseId === null ? ['acknowledge'] : [],
    completionSchema: NOTE_ONLY,
    breachStatus: 'expired',
  };
}

/** Opens the step's follow-up tasks and their rows (once); `dueAt` is the SLA's end computed by the caller. */
export async function openFollowUps(db: Db, input: OpenFollowUpsInput, dueAt: string, at: string): Promise<OpenFollowUpsResult> {
  const { title, date } = await roundFacts(db, input.roundId);
  const missing = await missedReports(db, input.roundId);
  const base = `${input.workflowId}/escalate-${input.index}`;
  const item = (taskId: string, row: MissedReport): NewTaskItem => ({
    task_id: taskId,
    round_id: input.roundId,
    enterprise_id: row.enterpriseId,
    cadre_id: row.cadreId,
    status: 'open',
  });
  if (input.to === 'cadre') {
    const coordinationId = await workingGroupIdByKey(db, 'coordination');
    const tasks = missing.map((row) => {
      const taskSpec = spec(
        `${base}/${row.enterpriseId}`,
        { 'zh-CN': `${title['zh-CN']} · 逾期跟进 · ${row.name}`, en: `${title.en} · overdue follow-up · ${row.name}` },
        row.enterpriseId,
        input,
        dueAt,
      );
      // An enterprise nobody looks after goes to the comprehensive-coordination group rather than to no one.
      const resolved = row.cadreId
        ? { assigneeUserId: row.cadreId, candidateRole: null, candidateGroupId: null }
        : {
            assigneeUserId: null,
            candidateRole: 'special_class' as const,
            candidateGroupId: coordinationId ?? null,
          };
      return newTaskRecord(taskSpec, resolved, row.name, at, input.workflowId);
    });
    await db.transaction((trx) =>
      openTasksWithItems(
        trx,
        tasks,
        missing.map((row) => item(`${base}/${row.enterpriseId}`, row)),
      ),
    );
    return { items: missing.length, listTask: null, dueAt: missing.length ? dueAt : null };
  }
  // A retry after the rows were written answers from them: reports filed meanwhile must not change the answer.
  const existing = await findTask(db, base);
  if (existing) {
    const listTask = spec(base, existing.title, null, input, existing.dueAt);
    return { items: await countTaskItems(db, base), listTask, dueAt: listTask.dueAt };
  }
  if (!missing.length) return { items: 0, listTask: null, dueAt: null };
  const groupId = input.to === 'working-group' ? await workingGroupIdByKey(db, input.workingGroupKey ?? 'coordination') : undefined;
  const resolved = {
    assigneeUserId: null,
    candidateRole: input.to === 'hq' ? ('hq' as const) : ('special_class' as const),
    candidateGroupId: groupId ?? null,
  };
  const listTitle = {
    'zh-CN': `${title['zh-CN']} · ${date} 未报企业跟进（${missing.length} 家）`,
    en: `${title.en} · ${date} · follow up ${missing.length} enterprises without a report`,
  };
  const names = missing.map((row) => row.name).join(' ');
  const listTask = spec(base, listTitle, null, input, dueAt);
  await db.transaction((trx) =>
    openTasksWithItems(
      trx,
      [newTaskRecord(listTask, resolved, names, at, input.workflowId)],
      missing.map((row) => item(base, row)),
    ),
  );
  return { items: missing.length, listTask, dueAt };
}

/** Closes the rows still open for `enterpriseId` in rounds of `formKey`, then every task left without an open row. */
export async function closeFollowUps(trx: Db, input: { formKey: string; enterpriseId: number; at: string }): Promise<string[]> {
  const done = await closeReportedItems(trx, { ...input, reason: REPORT_RECEIVED });
  if (!done.length) return [];
  const title = await newestFormTitle(trx, input.formKey);
  if (!title) throw new Error(`No form ${input.formKey}`);
  const note = { 'zh-CN': `已收到${title['zh-CN']}，自动办结`, en: `closed: ${title.en.toLowerCase()} received` };
  await closeTasksAsDone(trx, done, { kind: 'closed', reason: REPORT_RECEIVED, note, at: input.at } satisfies ClosedOutcome);
  return done;
}
