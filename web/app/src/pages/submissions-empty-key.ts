// What an empty submission list says depends on whose list it is: an administrator or HQ sees every enterprise and
// has none "in their care", so the cadre's sentence read wrong to them.
import type { User } from '../api/api-types';
import type { MessageKey } from '../i18n/zh-cn-messages';

/** Roles that submit for themselves: their list is "my submissions"; the others see their scope's. */
export const OWN_ROLES = new Set<User['role']>(['enterprise', 'gate']);
// Roles that see every enterprise's submissions.
const ALL_ROLES = new Set<User['role']>(['hq', 'admin']);

/** The message key for an empty home list for `role`; `searching` when a search found nothing. */
export function submissionsEmptyKey(role: User['role'], searching: boolean): MessageKey {
  if (searching) return 'home.searchEmpty';
  if (OWN_ROLES.has(role)) return 'home.submissionsEmpty';
  return ALL_ROLES.has(role) ? 'home.submissionsEmptyAll' : 'home.submissionsEmptyScope';
}
