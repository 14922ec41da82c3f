// Row → API shapes for organisation records.
import type { EnterpriseRow } from '#core/stores/org/enterprise-store';

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
export function projectView(row: Record<string, unknown>) {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: (row.enterprise_name as string | undefined) ?? null,
    name: row.name as string,
    site: (row.site as string | null) ?? '',
    status: row.status as string,
    major: Boolean(row.major),
    // Set by the final approval of the readiness inspection (P2): when, and by which inspection body.
    clearance: row.cleared_at
      ? {
          at: row.cleared_at as string,
          body: row.cleared_body_zh ? { 'zh-CN': row.cleared_body_zh as string, en: row.cleared_body_en as string } : null,
        }
      : null,
  };
}
