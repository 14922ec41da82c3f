// Which scope field each role needs (DESIGN §1), mirroring the server's rule for creating and editing users.
import type { Role } from '#core/org/org-types';

/** A user's scope ids as form strings ('' = none). */
export interface ScopeValue {
  enterpriseId: string;
  workingGroupId: string;
  projectId: string;
}

/** The scope field of each role that has one: an enterprise, a working group, or a project site. */
export const SCOPE_FIELD: Partial<Record<Role, keyof ScopeValue>> = {
  enterprise: 'enterpriseId',
  special_class: 'workingGroupId',
  gate: 'projectId',
};
