// Escalations of a collection round that are tasks (issue 19): at the escalation step, one task per enterprise still
// missing its report on its cadre's inbox (P1), or one task listing them with their cadres for a working group or HQ
// (P3). Rows close as the reports arrive; a task closes when none of its rows is left. Task and row ids are fixed by
// the round's workflow, the step and the enterprise, so a retry or a restart opens nothing twice.
import { fromJson } from '#core/db';
import type { EscalationTarget, FollowUpTaskParams } from '#core/domain/collection-plan';
import type { ClosedOutcome, TaskSpec } from '#core/domain/human-task';
import type { LocalizedText } from '#core/domain/locale';
import type { Db } from '#core/stores';
import { newTaskRecord } from '#core/stores/task-row';
import { closeReportedItems, closeTasksAsDone, countTaskItems, findTask, openTasksWithItems } from '#core/stores/task-store';

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

type Missing = { enterprise_id: number; name: string; cadre_id: number | null };

async function missingReports(db: Db, roundId: string): Promise<Missing[]> {
  const rows: Missing[] = await db('collection_reports as r')
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .leftJoin('cadre_assignments as a', function current() {
      this.on('a.enterprise_id', 'r.enterprise_id').andOnNull('a.ended_at');
    })
    .where({ 'r.round_id': roundId, 'r.status': 'missed' })
    .orderBy('r.enterprise_id')
    .orderBy('a.id')
    .select('r.enterprise_id', 'e.name', 'a.cadre_id');
  // An enterprise with two open assignments (a hand-over in progress) is listed once, with the first.
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(Number(row.enterprise_id)) && seen.add(Number(row.enterprise_id)));
}

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
  const round = await db('collection_rounds as k')
    .join('form_definitions as f', function joinForm() {
      this.on('f.key', 'k.form_key').andOn('f.version', 'k.form_version');
    })
    .where('k.id', input.roundId)
    .first('k.local_date', 'f.title');
  const title = fromJson<LocalizedText>(round.title);
  const missing = await missingReports(db, input.roundId);
  const base = `${input.workflowId}/escalate-${input.index}`;
  const item = (taskId: string, row: Missing) => ({
    task_id: taskId,
    round_id: input.roundId,
    enterprise_id: row.enterprise_id,
    cadre_id: row.cadre_id,
    status: 'open' as const,
  });
  if (input.to === 'cadre') {
    const coordination = await db('working_groups').where({ key: 'coordination' }).first('id');
    const tasks = missing.map((row) => {
      const taskSpec = spec(
        `${base}/${row.enterprise_id}`,
        { 'zh-CN': `${title['zh-CN']} · 逾期跟进 · ${row.name}`, en: `${title.en} · overdue follow-up · ${row.name}` },
        row.enterprise_id,
        input,
        dueAt,
      );
      // An enterprise nobody looks after goes to the comprehensive-coordination group rather than to no one.
      const resolved = row.cadre_id
        ? { assigneeUserId: Number(row.cadre_id), candidateRole: null, candidateGroupId: null }
        : {
            assigneeUserId: null,
            candidateRole: 'special_class' as const,
            candidateGroupId: coordination ? Number(coordination.id) : null,
          };
      return newTaskRecord(taskSpec, resolved, row.name, at, input.workflowId);
    });
    await db.transaction((trx) =>
      openTasksWithItems(
        trx,
        tasks,
        missing.map((row) => item(`${base}/${row.enterprise_id}`, row)),
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
  const group =
    input.to === 'working-group'
      ? await db('working_groups')
          .where({ key: input.workingGroupKey ?? 'coordination' })
          .first('id')
      : undefined;
  const resolved = {
    assigneeUserId: null,
    candidateRole: input.to === 'hq' ? ('hq' as const) : ('special_class' as const),
    candidateGroupId: group ? Number(group.id) : null,
  };
  const listTitle = {
    'zh-CN': `${title['zh-CN']} · ${round.local_date} 未报企业跟进（${missing.length} 家）`,
    en: `${title.en} · ${round.local_date} · follow up ${missing.length} enterprises without a report`,
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
  const form = await trx('form_definitions').where({ key: input.formKey }).orderBy('version', 'desc').first('title');
  const title = fromJson<LocalizedText>(form.title);
  const note = { 'zh-CN': `已收到${title['zh-CN']}，自动办结`, en: `closed: ${title.en.toLowerCase()} received` };
  await closeTasksAsDone(trx, done, { kind: 'closed', reason: REPORT_RECEIVED, note, at: input.at } satisfies ClosedOutcome);
  return done;
}
