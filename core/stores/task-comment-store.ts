// A task's comments (`task_comments`): what people wrote on it, and what the system wrote in every language.
import { fromJson, toJson } from '../db';
import type { Locale, LocalizedText } from '../domain/locale';
import type { Db } from './db-types';

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
