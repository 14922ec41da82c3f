// The rows of follow-up tasks (`task_items`): the enterprises a collection round's list task (or an enterprise's own
// task) is about, opened with their tasks in batches, counted, closed as each enterprise reports, and listed with
// their cadres.
import type { TaskItem } from '../api/task-types';
import type { Db } from './db-types';
import type { NewTaskRecord } from './task-row';

const BATCH = 200;

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
