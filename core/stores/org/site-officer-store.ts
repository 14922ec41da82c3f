// The two officers of a project site (web/server/org/site-officer-routes.ts), kept on its `projects` row: the epidemic
// safety officer (columns `safety_officer_*`) and the resident officer (`resident_officer_*`).
import type { Db } from '../db-types';

/** Which of a site's two officers. */
export type SiteOfficerKind = 'safety' | 'resident';

/** An officer as designated. */
export interface SiteOfficer {
  name: string;
  mobile: string;
  designatedAt: string;
}

/** A project's enterprise and its officers (none where nobody is designated). */
export interface ProjectOfficersRow {
  id: number;
  enterpriseId: number;
  officers: Record<SiteOfficerKind, SiteOfficer | null>;
}

const PREFIX: Record<SiteOfficerKind, string> = { safety: 'safety_officer', resident: 'resident_officer' };

function officerOf(row: Record<string, unknown>, kind: SiteOfficerKind): SiteOfficer | null {
  const prefix = PREFIX[kind];
  const name = row[`${prefix}_name`];
  if (!name) return null;
  return { name: String(name), mobile: String(row[`${prefix}_mobile`] ?? ''), designatedAt: String(row[`${prefix}_set_at`]) };
}

/** The officers of a project, if there is such a project. */
export async function findProjectOfficers(db: Db, projectId: number): Promise<ProjectOfficersRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('projects').where({ id: projectId }).first();
  if (!row) return undefined;
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    officers: { safety: officerOf(row, 'safety'), resident: officerOf(row, 'resident') },
  };
}

/** Designates a site's officer of one kind, saying who did. */
export async function designateOfficer(
  db: Db,
  projectId: number,
  kind: SiteOfficerKind,
  officer: { name: string; mobile: string; setBy: number; setAt: string },
): Promise<void> {
  const prefix = PREFIX[kind];
  await db('projects')
    .where({ id: projectId })
    .update({
      [`${prefix}_name`]: officer.name,
      [`${prefix}_mobile`]: officer.mobile,
      [`${prefix}_set_by`]: officer.setBy,
      [`${prefix}_set_at`]: officer.setAt,
    });
}
