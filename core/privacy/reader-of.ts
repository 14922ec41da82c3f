// The reader the personal-data policy decides for, from a signed-in user (or nobody: the public).
import type { Locale } from '../domain/locale';
import type { Role } from '../org/org-types';
import type { Reader } from './personal-data-policy';

/** The fields of a user the policy looks at. */
export interface ReaderUser {
  id: number;
  role: Role;
  enterpriseId: number | null;
  projectId: number | null;
  workingGroupId: number | null;
  email?: string | null;
}

/** A signed-in user as a reader, or the public when there is no user. */
export function readerOf(user: ReaderUser | null | undefined, locale: Locale): Reader {
  if (!user) return { role: 'public', userId: null, enterpriseId: null, projectId: null, workingGroupId: null, locale };
  return {
    role: user.role,
    userId: user.id,
    enterpriseId: user.enterpriseId,
    projectId: user.projectId,
    workingGroupId: user.workingGroupId,
    locale,
    email: user.email ?? null,
  };
}
