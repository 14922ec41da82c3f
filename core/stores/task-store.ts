// The task row's whole lifecycle in the `tasks` table: a task is opened (once, by its id), claimed, released,
// reassigned, flagged overdue and closed here, whoever asks — the human-task activities, a collection round's
// follow-ups, or the inbox API. Every write that must not undo another's is conditional on the status it expects, and
// answers whether it changed the row. A follow-up's rows (`task_items`) are in task-item-store.ts, comments in
// task-comment-store.ts, and the tasks a cadre who left an enterprise still holds in stranded-cadre-tasks.ts.
import { fromJson, toJson } from '../db';
import type { ClosedOutcome, TaskOutcome, TaskStatus } from '../domain/human-task';
import type { LocalizedText } from '../domain/locale';
import type { Db } from './db-types';
import { toTaskRow, type NewTaskRecord, type TaskRow } from './task-row';

/** Statuses of a task someone still has to act on. */
export const OPEN_STATUSES = ['open', 'claimed'] as const;

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
