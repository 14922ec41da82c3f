// Whether a role may open a page: the pages in its navigation, plus the ones every signed-in user reaches by link.
import type { Role } from '#core/org/org-types';
import type { RouteName } from './route';
import { roleNavigation } from './role-navigation';

const EVERYONE = new Set<RouteName>(['home', 'form', 'submission', 'account', 'notices', 'notFound']);
// An enterprise's page is linked from lists; the server still decides which enterprises a user may read.
const ENTERPRISE_READERS = new Set<Role>(['admin', 'hq', 'cadre', 'special_class', 'enterprise']);

/** True when `role` (of an inspection body, when `inspectionBody`) may open the page `name` (the server checks again on
 * every request). */
export function canOpen(role: Role, name: RouteName, inspectionBody = false): boolean {
  if (EVERYONE.has(name)) return true;
  if (name === 'enterprise' || name === 'credit') return ENTERPRISE_READERS.has(role);
  if (name === 'task') return roleNavigation(role).some((item) => item.page === 'inbox');
  if (name === 'formEditor') return role === 'admin';
  return roleNavigation(role, inspectionBody).some((item) => item.page === name);
}
