// The facts that decide who may hold a task besides its candidates (core/domain/task-holders.ts): the inspection body
// whose task it is and who filed its submission as themselves; and the users who might hold it, with their units.
import type { LocalizedText } from '../domain/locale';
import type { PossibleHolder, TaskHolding } from '../domain/task-holders';
import type { Role } from '../org/org-types';
import type { Db } from './db-types';
import { selfFiler } from './submissions/submission-filer';

/** The columns of a task that its holding is read from. */
export interface HeldTaskRef {
  submissionId: string | null;
  candidateGroupId: number | null;
  assigneeUserId: number | null;
}

/** A user who might hold a task, with what the reassign list shows of them. */
export interface HolderRow extends PossibleHolder {
  displayName: string;
  workingGroupName: LocalizedText | null;
}

/**
 * The inspection body whose task this is: the body it is offered to, or, once handed to a person (the row then names
 * no group), that person's body. Null for every other task.
 */
async function inspectionBodyOf(db: Db, task: HeldTaskRef): Promise<number | null> {
  if (task.candidateGroupId === null && task.assigneeUserId === null) return null;
  const query = db('working_groups as g').where('g.kind', 'inspection');
  if (task.candidateGroupId !== null) query.where('g.id', task.candidateGroupId);
  else query.whereIn('g.id', db('users').where('id', task.assigneeUserId!).select('working_group_id'));
  const row: { id: number } | undefined = await query.first('g.id');
  return row ? Number(row.id) : null;
}

/** What decides who may hold `task`. */
export async function taskHolding(db: Db, task: HeldTaskRef): Promise<TaskHolding> {
  const [inspectionBodyId, selfFilerId] = await Promise.all([inspectionBodyOf(db, task), selfFiler(db, task.submissionId)]);
  return { inspectionBodyId, selfFilerId };
}

/** The active users of `roles` (by role, then name), or the one user `id` whatever their role or state. */
export async function possibleHolders(db: Db, who: { roles: readonly Role[] } | { id: number }): Promise<HolderRow[]> {
  const query = db('users as u')
    .leftJoin('working_groups as g', 'g.id', 'u.working_group_id')
    .orderBy([{ column: 'u.role' }, { column: 'u.display_name' }, { column: 'u.id' }])
    .select('u.id', 'u.display_name', 'u.role', 'u.active', 'u.working_group_id', 'g.kind', 'g.name_zh', 'g.name_en');
  if ('id' in who) query.where('u.id', who.id);
  else query.where('u.active', true).whereIn('u.role', who.roles);
  const rows: Record<string, unknown>[] = await query;
  return rows.map((row) => ({
    id: Number(row.id),
    displayName: String(row.display_name),
    role: String(row.role) as Role,
    // SQLite answers booleans as 0 and 1.
    active: Boolean(row.active),
    workingGroupId: row.working_group_id == null ? null : Number(row.working_group_id),
    inspectionBody: row.kind === 'inspection',
    workingGroupName: row.name_zh ? { 'zh-CN': String(row.name_zh), en: String(row.name_en) } : null,
  }));
}
