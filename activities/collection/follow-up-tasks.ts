// Escalations of a collection round that are tasks (issue 19): at the escalation step, one task per enterprise still
// missing its report on its cadre's inbox (P1), or one task listing them with their cadres for a working group or HQ
// (P3). Rows close as the reports arrive; a task closes when none of its rows is left. Task and row ids are fixed by
// the round's workflow, the step and the enterprise, so a retry or a restart opens nothing twice.
import type { Knex } from 'knex';
import { fromJson, toJson } from '../../core/db';
import type { EscalationTarget, FollowUpTaskParams } from '../../core/domain/collection-plan';
import type { ClosedOutcome, TaskSpec } from '../../core/domain/human-task';
import type { LocalizedText } from '../../core/domain/locale';
import { taskRow } from '../task-row';

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
const BATCH = 200;

type Missing = { enterprise_id: number; name: string; cadre_id: number | null };

async function missingReports(db: Knex, roundId: string): Promise<Missing[]> {
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

async function insertBatches(trx: Knex.Transaction, tasks: Record<string, unknown>[], items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += BATCH)
    await trx('tasks')
      .insert(tasks.slice(i, i + BATCH))
      .onConflict('id')
      .ignore();
  for (let i = 0; i < items.length; i += BATCH)
    await trx('task_items')
      .insert(items.slice(i, i + BATCH))
      .onConflict(['task_id', 'enterprise_id'])
      .ignore();
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
export async function openFollowUps(db: Knex, input: OpenFollowUpsInput, dueAt: string, at: string): Promise<OpenFollowUpsResult> {
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
    status: 'open',
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
      return taskRow(taskSpec, resolved, row.name, at, input.workflowId);
    });
    await db.transaction((trx) =>
      insertBatches(
        trx,
        tasks,
        missing.map((row) => item(`${base}/${row.enterprise_id}`, row)),
      ),
    );
    return { items: missing.length, listTask: null, dueAt: missing.length ? dueAt : null };
  }
  // A retry after the rows were written answers from them: reports filed meanwhile must not change the answer.
  const existing = await db('tasks').where({ id: base }).first('title', 'due_at');
  if (existing) {
    const counted = await db('task_items').where({ task_id: base }).count({ n: '*' }).first();
    const listTask = spec(base, fromJson<LocalizedText>(existing.title), null, input, existing.due_at);
    return { items: Number(counted?.n ?? 0), listTask, dueAt: listTask.dueAt };
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
    insertBatches(
      trx,
      [taskRow(listTask, resolved, names, at, input.workflowId)],
      missing.map((row) => item(base, row)),
    ),
  );
  return { items: missing.length, listTask, dueAt };
}

/** Closes the rows still open for `enterpriseId` in rounds of `formKey`, then every task left without an open row. */
export async function closeFollowUps(
  trx: Knex.Transaction,
  input: { formKey: string; enterpriseId: number; at: string },
): Promise<string[]> {
  const rows = trx('task_items as i')
    .join('collection_rounds as k', 'k.id', 'i.round_id')
    .where({ 'k.form_key': input.formKey, 'i.enterprise_id': input.enterpriseId, 'i.status': 'open' });
  const open: { id: number; task_id: string }[] = await rows.select('i.id', 'i.task_id');
  if (!open.length) return [];
  await trx('task_items')
    .whereIn(
      'id',
      open.map((row) => row.id),
    )
    .update({ status: 'closed', closed_at: input.at, close_reason: REPORT_RECEIVED });
  const taskIds = [...new Set(open.map((row) => row.task_id))];
  const stillOpen = new Set<string>(
    await trx('task_items').whereIn('task_id', taskIds).where({ status: 'open' }).distinct().pluck('task_id'),
  );
  const done = taskIds.filter((id) => !stillOpen.has(id));
  if (!done.length) return [];
  const form = await trx('form_definitions').where({ key: input.formKey }).orderBy('version', 'desc').first('title');
  const title = fromJson<LocalizedText>(form.title);
  const note = { 'zh-CN': `已收到${title['zh-CN']}，自动办结`, en: `closed: ${title.en.toLowerCase()} received` };
  await trx('tasks')
    .whereIn('id', done)
    .whereIn('status', ['open', 'claimed'])
    .update({
      status: 'done',
      outcome: toJson({ kind: 'closed', reason: REPORT_RECEIVED, note, at: input.at } satisfies ClosedOutcome),
      close_reason: REPORT_RECEIVED,
      closed_at: input.at,
    });
  return done;
}
