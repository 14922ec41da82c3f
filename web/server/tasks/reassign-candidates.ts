// Whom a task may be handed to: the users the reassign route accepts, for people who cannot read the user list.
import type { Db } from '#core/stores';
import { activeUsersInRoles } from '#core/stores/user-store';
import type { ReassignCandidate } from '#core/api/task-types';

export type { ReassignCandidate };

/** Roles that work an inbox and so may receive a reassigned task (the reassign route's own rule). */
export const HANDLER_ROLES = ['cadre', 'special_class', 'hq'] as const;

/** Active cadres, special-class members and HQ users, except `exceptUserId` (the current assignee), by role then name. */
export async function reassignCandidates(db: Db, exceptUserId: number | null): Promise<ReassignCandidate[]> {
  const users = await activeUsersInRoles(db, HANDLER_ROLES, exceptUserId);
  return users.map((user) => ({ id: user.id, displayName: user.displayName, role: user.role, workingGroup: user.workingGroupName }));
}
