// Row → API shapes for organisation records.

/** An enterprise as the API returns it. */
export function enterpriseView(row: Record<string, unknown>) {
  return {
    id: Number(row.id),
    name: row.name as string,
    creditCode: row.credit_code as string,
    type: row.type as string,
    focus: Boolean(row.focus),
    address: (row.address as string | null) ?? '',
    liaisonName: (row.liaison_name as string | null) ?? '',
    liaisonMobile: (row.liaison_mobile as string | null) ?? '',
    liaisonEmail: (row.liaison_email as string | null) ?? '',
    cadre: row.cadre_id == null ? null : { id: Number(row.cadre_id), displayName: row.cadre_name as string },
    createdAt: row.created_at as string,
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
