// Who a task goes to: a workflow's assignee resolved to a user, or to a candidate role and working group, and the name
// people know that assignee by (the person, the service class's group, the inspection body or the role) for the
// emails that say where a case went.
import type { Db } from '#core/stores';
import { findWorkingGroup, workingGroupIdByKey } from '#core/stores/org/reference-data-store';
import { categoryWorkingGroupId, currentCadreId } from '#core/stores/org/task-routing-store';
import { findUser } from '#core/stores/user-store';
import { ROLE_NAMES } from '#core/domain/glossary';
import type { OpenedTask, TaskSpec } from '#core/domain/human-task';
import type { LocalizedText } from '#core/domain/locale';

/** A task's assignee once resolved: a user, or a candidate role and working group. */
export type ResolvedAssignee = Omit<OpenedTask, 'taskId'>;

/** Resolves who a task goes to now: the enterprise's cadre, the group its category maps to, a role (and group), a user. */
export async function resolveAssignee(db: Db, spec: Pick<TaskSpec, 'assignee' | 'enterpriseId'>): Promise<ResolvedAssignee> {
  const { assignee } = spec;
  if (assignee.kind === 'user') return { assigneeUserId: assignee.userId, candidateRole: null, candidateGroupId: null };
  if (assignee.kind === 'cadre-of-enterprise') {
    const cadreId = spec.enterpriseId === null ? undefined : await currentCadreId(db, spec.enterpriseId);
    // An enterprise nobody looks after goes to the comprehensive-coordination group rather than to no one.
    if (cadreId !== undefined) return { assigneeUserId: cadreId, candidateRole: null, candidateGroupId: null };
    const groupId = await workingGroupIdByKey(db, 'coordination');
    return { assigneeUserId: null, candidateRole: 'special_class', candidateGroupId: groupId ?? null };
  }
  if (assignee.kind === 'group-of-category') {
    const routed = assignee.category ? await categoryWorkingGroupId(db, assignee.category) : undefined;
    const groupId = routed ?? (await workingGroupIdByKey(db, 'coordination'));
    return { assigneeUserId: null, candidateRole: 'special_class', candidateGroupId: groupId ?? null };
  }
  const groupId = assignee.workingGroupKey ? await workingGroupIdByKey(db, assignee.workingGroupKey) : undefined;
  return { assigneeUserId: null, candidateRole: assignee.role, candidateGroupId: groupId ?? null };
}

/**
 * The name people know a resolved assignee by: the person's display name; an inspection body's name; a working group
 * within its role ("企业服务专班（综合协调组）"); the role ("防控指挥部"). Null when none of these is known.
 */
export async function assigneeName(db: Db, resolved: ResolvedAssignee): Promise<LocalizedText | null> {
  if (resolved.assigneeUserId !== null) {
    const user = await findUser(db, resolved.assigneeUserId);
    return user ? { 'zh-CN': user.displayName, en: user.displayName } : null;
  }
  const group = resolved.candidateGroupId === null ? undefined : await findWorkingGroup(db, resolved.candidateGroupId);
  const role = resolved.candidateRole === null ? undefined : ROLE_NAMES[resolved.candidateRole];
  // An inspection body is a unit of its own, not a group of the service class its accounts sign in as.
  if (group && (group.kind === 'inspection' || !role)) return { 'zh-CN': group.nameZh, en: group.nameEn };
  if (group && role) return { 'zh-CN': `${role['zh-CN']}（${group.nameZh}）`, en: `${role.en} (${group.nameEn})` };
  return role ?? null;
}
