// Whom a task may be handed to: the users the reassign route accepts, for people who cannot read the user list.
import type { Knex } from 'knex';
import type { ReassignCandidate } from '../../../core/api/task-types';

export type { ReassignCandidate };

/** Roles that work an inbox and so may receive a reassigned task (the reassign route's own rule). */
export const HANDLER_ROLES = ['cadre', 'special_class', 'hq'] as const;

/** Active cadres, special-class members and HQ users, except `exceptUserId` (the current assignee), by role then name. */
export async function reassignCandidates(db: Knex, exceptUserId: number | null): Promise<ReassignCandidate[]> {
  const query = db('users as u')
    .leftJoin('working_groups as g', 'g.id', 'u.working_group_id')
    .where('u.active', true)
    .whereIn('u.role', HANDLER_ROLES)
    .orderBy([{ column: 'u.role' }, { column: 'u.display_name' }, { column: 'u.id' }])
    .select('u.id', 'u.display_name', 'u.role', 'g.name_zh', 'g.name_en');
  if (exceptUserId !== null) query.whereNot('u.id', exceptUserId);
  const rows = await query;
  return rows.map((row) => ({
    id: Number(row.id),
    displayName: row.display_name as string,
    role: row.role as string,
    workingGroup: row.name_zh ? { 'zh-CN': row.name_zh as string, en: row.name_en as string } : null,
  }));
}
