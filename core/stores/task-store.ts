// The task row's whole lifecycle, and nothing but the `tasks` and `task_items` tables: a task is opened (once, by its
// id), claimed, released, reassigned, flagged overdue and closed here, whoever asks — the human-task activities, a
// collection round's follow-ups, or the inbox API. Every write that must not undo another's is conditional on the
// status it expects, and answers whether it changed the row.
import { fromJson, toJson } from '../db';
import type { ClosedOutcome, TaskOutcome, TaskStatus } from '../domain/human-task';
import type { Locale, LocalizedText } from '../domain/locale';
import type { Db } from './db-types';
import { toTaskRow, type NewTaskRecord, type TaskRow } from './task-row';

/** Statuses of a task someone still has to act on. */
export const OPEN_STATUSES = ['open', 'claimed'] as const;

const BATCH = 200;

/** The task stored under `id`, if any. */
export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('tasks').where({ id }).first();
  return row ? toTaskRow(row) : undefined;
}

/** Writes a task once: a second open of the same id changes nothing. Answers the stored row. */
export async function openTask(db: Db, record: NewTaskRecord): Promise<TaskRow> {
  await db('tasks').insert(record).onConflict('id').ignore();
  return (await findTask(db, record.id))!;
}

/** A follow-up's row: one enterprise a list task (or an enterprise's own task) is about, closed when it reports. */
export interface NewTaskItem {
  task_id: string;
  round_id: string;
  enterprise_id: number;
  cadre_id: number | null;
  status: 'open';
}

/** Writes many tasks and their rows once each, in batches (call inside a transaction). */
export async function openTasksWithItems(db: Db, tasks: NewTaskRecord[], items: NewTaskItem[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += BATCH)
    await db('tasks')
      .insert(tasks.slice(i, i + BATCH))
      .onConflict('id')
      .ignore();
  for (let i = 0; i < items.length; i += BATCH)
    await db('task_items')
      .insert(items.slice(i, i + BATCH))
      .onConflict(['task_id', 'enterprise_id'])
      .ignore();
}

/** How a task ended, as `closeTask` writes it. */
export interface TaskClosing {
  status: Extract<TaskStatus, 'done' | 'escalated' | 'expired' | 'cancelled'>;
  outcome: TaskOutcome;
  decidedBy: number | null;
  at: string;
}

/** Closes a task if it is still open; a retry after a lost reply changes nothing more. */
export async function closeTask(db: Db, id: string, closing: TaskClosing): Promise<void> {
  const { outcome } = closing;
  await db('tasks')
    .where({ id })
    .whereIn('status', OPEN_STATUSES)
    .update({
      status: closing.status,
      outcome: toJson(outcome),
      decided_by: closing.decidedBy,
      closed_at: closing.at,
      close_reason: outcome.kind === 'decided' ? `decided:${outcome.action}` : closing.status,
    });
}

/** Closes those of `ids` still open as done without a decision (the report they waited for arrived). */
export async function closeTasksAsDone(db: Db, ids: string[], outcome: ClosedOutcome): Promise<void> {
  await db('tasks')
    .whereIn('id', ids)
    .whereIn('status', OPEN_STATUSES)
    .update({ status: 'done', outcome: toJson(outcome), close_reason: outcome.reason, closed_at: outcome.at });
}

/** Flags an open task overdue once (it stays open: its SLA ran out and the case waits at the same rung). */
export async function flagTaskOverdue(db: Db, id: string, at: string): Promise<void> {
  await db('tasks').where({ id }).whereIn('status', OPEN_STATUSES).whereNull('overdue_since').update({ overdue_since: at });
}

/** Flags overdue once every open task whose id starts with `prefix` (a step's follow-ups). */
export async function flagOverdueUnder(db: Db, prefix: string, at: string): Promise<void> {
  await db('tasks')
    .where('id', 'like', `${prefix}%`)
    .whereIn('status', OPEN_STATUSES)
    .whereNull('overdue_since')
    .update({ overdue_since: at });
}

/** An open follow-up flagged overdue: its enterprise, the enterprise's cadre, and when it was due. */
export interface OverdueFollowUp {
  enterpriseName: string;
  cadreName: string | null;
  dueAt: string;
}

/** The open tasks under `prefix` flagged overdue at `at`, by enterprise name. */
export async function overdueUnder(db: Db, prefix: string, at: string): Promise<OverdueFollowUp[]> {
  const rows: { name: string; cadre_name: string | null; due_at: string }[] = await db('tasks as t')
    .join('enterprises as e', 'e.id', 't.enterprise_id')
    .leftJoin('users as c', 'c.id', 't.assignee_user_id')
    .where('t.id', 'like', `${prefix}%`)
    .whereIn('t.status', OPEN_STATUSES)
    .where('t.overdue_since', at)
    .orderBy('e.name')
    .select('e.name', 'c.display_name as cadre_name', 't.due_at');
  return rows.map((row) => ({ enterpriseName: row.name, cadreName: row.cadre_name, dueAt: row.due_at }));
}

/** Claims an open, unclaimed task for `userId`; false when someone else has it or it is closed. */
export async function claimTask(db: Db, id: string, userId: number, at: string): Promise<boolean> {
  const claimed = await db('tasks')
    .where({ id, status: 'open' })
    .whereNull('claimed_by')
    .update({ claimed_by: userId, claimed_at: at, status: 'claimed' });
  return claimed > 0;
}

/** Gives back a task `userId` claimed; false when they hold no claim on it. */
export async function releaseTask(db: Db, id: string, userId: number): Promise<boolean> {
  const released = await db('tasks')
    .where({ id, claimed_by: userId, status: 'claimed' })
    .update({ claimed_by: null, claimed_at: null, status: 'open' });
  return released > 0;
}

/** Who held a task when it was handed on. */
export interface TaskHolder {
  assigneeUserId: number | null;
}

/** Hands a task to one user: no candidate role or group, no claim, open again. Given `from`, only a task still open
 * and held as `from` says changes (no later reassignment or decision undone); answers whether the row changed. */
export async function reassignTask(db: Db, id: string, userId: number, from?: TaskHolder): Promise<boolean> {
  const task = db('tasks').where({ id });
  // A null holder (a task offered to a role or group) reads as IS NULL.
  if (from) task.whereIn('status', OPEN_STATUSES).where({ assignee_user_id: from.assigneeUserId });
  const changed = await task.update({
    assignee_user_id: userId,
    candidate_role: null,
    candidate_group_id: null,
    claimed_by: null,
    claimed_at: null,
    status: 'open',
  });
  return changed > 0;
}

/** How many rows a follow-up task lists. */
export async function countTaskItems(db: Db, taskId: string): Promise<number> {
  const counted = await db('task_items').where({ task_id: taskId }).count({ n: '*' }).first();
  return Number(counted?.n ?? 0);
}

/**
 * Closes the rows still open for `enterpriseId` in rounds of `formKey` (its report arrived) and answers the tasks
 * those rows belonged to that have no open row left.
 */
export async function closeReportedItems(
  db: Db,
  input: { formKey: string; enterpriseId: number; at: string; reason: string },
): Promise<string[]> {
  const open: { id: number; task_id: string }[] = await db('task_items as i')
    .join('collection_rounds as k', 'k.id', 'i.round_id')
    .where({ 'k.form_key': input.formKey, 'i.enterprise_id': input.enterpriseId, 'i.status': 'open' })
    .select('i.id', 'i.task_id');
  if (!open.length) return [];
  await db('task_items')
    .whereIn(
      'id',
      open.map((row) => row.id),
    )
    .update({ status: 'closed', closed_at: input.at, close_reason: input.reason });
  const taskIds = [...new Set(open.map((row) => row.task_id))];
  const stillOpen = new Set<string>(
    await db('task_items').whereIn('task_id', taskIds).where({ status: 'open' }).distinct().pluck('task_id'),
  );
  return taskIds.filter((id) => !stillOpen.has(id));
}

/** A row of a follow-up task: an enterprise it lists, with its cadre. */
export interface TaskItem {
  enterpriseId: number;
  enterpriseName: string;
  cadreName: string | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  closeReason: string | null;
}

/** The rows of a follow-up task (the enterprises it lists, each with its cadre), in enterprise order. */
export async function taskItems(db: Db, taskId: string): Promise<TaskItem[]> {
  const rows: Record<string, unknown>[] = await db('task_items as i')
    .join('enterprises as e', 'e.id', 'i.enterprise_id')
    .leftJoin('users as c', 'c.id', 'i.cadre_id')
    .where('i.task_id', taskId)
    .orderBy('e.name')
    .select('i.enterprise_id', 'e.name', 'c.display_name as cadre_name', 'i.status', 'i.closed_at', 'i.close_reason');
  return rows.map((row) => ({
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: String(row.name),
    cadreName: row.cadre_name == null ? null : String(row.cadre_name),
    status: row.status === 'closed' ? 'closed' : 'open',
    closedAt: row.closed_at == null ? null : String(row.closed_at),
    closeReason: row.close_reason == null ? null : String(row.close_reason),
  }));
}

/** A comment on a task, with its author's name. */
export interface TaskComment {
  body: string;
  at: string;
  by: string;
}

/** A task's comments, oldest first; one the system wrote in every language is shown in `locale`. */
export async function taskComments(db: Db, taskId: string, locale: Locale): Promise<TaskComment[]> {
  const rows: { body: string; localized_body: string | null; at: string; display_name: string }[] = await db('task_comments as c')
    .join('users as u', 'u.id', 'c.user_id')
    .where('c.task_id', taskId)
    .orderBy('c.id')
    .select('c.body', 'c.localized_body', 'c.at', 'u.display_name');
  return rows.map((row) => ({
    body: row.localized_body == null ? row.body : (fromJson<LocalizedText>(row.localized_body)[locale] ?? row.body),
    at: row.at,
    by: row.display_name,
  }));
}

/** Adds a comment to a task: what a person wrote, or words the system wrote in every language (kept with their zh-CN
 * as the body, each reader shown theirs). */
export async function addTaskComment(
  db: Db,
  comment: { taskId: string; userId: number; body: string | LocalizedText; at: string },
): Promise<void> {
  const { body } = comment;
  await db('task_comments').insert({
    task_id: comment.taskId,
    user_id: comment.userId,
    body: typeof body === 'string' ? body : body['zh-CN'],
    localized_body: typeof body === 'string' ? null : toJson(body),
    at: comment.at,
  });
}

/** An open task someone holds (assigned or claimed), as a digest lists it. */
export interface HeldTask {
  title: LocalizedText;
  enterpriseName: string | null;
  dueAt: string;
}

/** The open tasks assigned to or claimed by `userId` that are due before `before`, soonest first. */
export async function heldTasksDueBefore(db: Db, userId: number, before: string): Promise<HeldTask[]> {
  const rows: { title: string; due_at: string; enterprise_name: string | null }[] = await db('tasks as t')
    .leftJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .whereIn('t.status', OPEN_STATUSES)
    .andWhere((w) => {
      w.where('t.assignee_user_id', userId).orWhere('t.claimed_by', userId);
    })
    .andWhere('t.due_at', '<', before)
    .orderBy('t.due_at')
    .select('t.title', 't.due_at', 'e.name as enterprise_name');
  return rows.map((row) => ({ title: fromJson<LocalizedText>(row.title), enterpriseName: row.enterprise_name, dueAt: row.due_at }));
}

/** An open task about an enterprise held by a cadre who no longer looks after it, to hand to the one who does. */
export interface StrandedCadreTask {
  id: string;
  workflowId: string;
  assigneeUserId: number;
  /** Whether a workflow waits on it (a decision task); a follow-up without actions is only its row. */
  decidable: boolean;
}

/** Cadres who looked after `enterpriseId` once and do not now (an ended assignment, no open one), as a subquery. */
function formerCadres(db: Db, enterpriseId: number) {
  return db('cadre_assignments as a')
    .where('a.enterprise_id', enterpriseId)
    .whereNotNull('a.ended_at')
    .whereNotExists(
      db('cadre_assignments as o')
        .whereRaw('o.cadre_id = a.cadre_id')
        .where('o.enterprise_id', enterpriseId)
        .whereNull('o.ended_at')
        .select(db.raw('1')),
    )
    .select('a.cadre_id');
}

/** Open tasks about `enterpriseId` assigned to one of its former cadres. A task handed by hand to a cadre who never
 * looked after the enterprise is someone's deliberate choice and stays. */
export async function strandedCadreTasks(db: Db, enterpriseId: number): Promise<StrandedCadreTask[]> {
  const rows: Record<string, unknown>[] = await db('tasks as t')
    .where('t.enterprise_id', enterpriseId)
    .whereIn('t.status', OPEN_STATUSES)
    .whereIn('t.assignee_user_id', formerCadres(db, enterpriseId))
    .orderBy('t.created_at')
    .select('t.id', 't.workflow_id', 't.assignee_user_id', 't.allowed_actions');
  return rows.map((row) => ({
    id: String(row.id),
    workflowId: String(row.workflow_id),
    assigneeUserId: Number(row.assignee_user_id),
    decidable: (fromJson<unknown[] | null>(row.allowed_actions) ?? []).length > 0,
  }));
}

/** Whether `cadreId` looked after `enterpriseId` and no longer does. */
export async function isFormerCadre(db: Db, cadreId: number, enterpriseId: number): Promise<boolean> {
  return Boolean(await formerCadres(db, enterpriseId).where('a.cadre_id', cadreId).first());
}
