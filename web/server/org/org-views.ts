// Row → API shapes for organisation records.
import type { EnterpriseRow } from '#core/stores/org/enterprise-store';
import type { ProjectRow } from '#core/stores/org/project-store';

/** An enterprise as the API returns it. */
export function enterpriseView(row: EnterpriseRow) {
  return {
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    type: row.type,
    focus: row.focus,
    address: row.address ?? '',
    liaisonName: row.liaisonName ?? '',
    liaisonMobile: row.liaisonMobile ?? '',
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
  };
}
