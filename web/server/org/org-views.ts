// Row → API shapes for organisation records.
import type { EnterpriseRow } from '#core/stores/org/enterprise-store';
import type { ProjectRow } from '#core/stores/org/project-store';
import type { Role } from '#core/org/org-types';
import { maskMobile } from '#core/privacy/mask';

/** The roles that call an enterprise's liaison, and an admin who edits the record: they read the mobile in full. A
 * working-group member (an inspection body's too) reads the directory city-wide, not as a party to the enterprise's
 * cases, so the liaison's mobile is masked for them, as a site officer's is (site-officer-routes.ts) and as the
 * liaison designation's own mobile is for a group member not on its case (core/privacy/personal-data-policy.ts). */
const LIAISON_CALLERS: ReadonlySet<Role> = new Set<Role>(['enterprise', 'cadre', 'gate', 'hq', 'admin']);

/** An enterprise as the API returns it to a reader of role `reader`. */
export function enterpriseView(row: EnterpriseRow, reader: Role) {
  const mobile = row.liaisonMobile ?? '';
  return {
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    type: row.type,
    focus: row.focus,
    address: row.address ?? '',
    liaisonName: row.liaisonName ?? '',
    liaisonMobile: mobile && !LIAISON_CALLERS.has(reader) ? maskMobile(mobile) : mobile,
    liaisonEmail: row.liaisonEmail ?? '',
    cadre: row.cadre,
    createdAt: row.createdAt,
  };
}

/** A project as the API returns it. */
export function projectView(row: ProjectRow) {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    name: row.name,
    site: row.site ?? '',
    status: row.status,
    major: row.major,
    clearance: row.clearance,
    suspension: row.suspension,
  };
}
