// The `projects` table: an enterprise's sites, with the readiness clearance (when, by which inspection body) and the
// two officers designated for each site. Read within the enterprises a caller may see.
import type { Page } from '../../api/paging-types';
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';

/** The columns an admin (or the enterprise) writes, under their API names. */
export interface ProjectFields {
  enterpriseId: number;
  name: string;
  site: string | null;
  status: string;
  major: boolean;
}

/** Each writable field's column. */
export const PROJECT_FIELD_COLUMNS: Record<keyof ProjectFields, string> = {
  enterpriseId: 'enterprise_id',
  name: 'name',
  site: 'site',
  status: 'status',
  major: 'major',
};

/** A project as listed, with its enterprise's name and its clearance. */
export interface ProjectRow extends ProjectFields {
  id: number;
  enterpriseName: string | null;
  clearance: { at: string; body: { 'zh-CN': string; en: string } | null } | null;
  /** The clearance's suspension by a later level's fail (P2): when, by which inspection body; null when none. */
  suspension: { at: string; body: { 'zh-CN': string; en: string } | null } | null;
}

/** Which enterprises' projects a caller may see: all, or these ids. */
export type ProjectScope = 'all' | number[];

/** The columns of `fields` (only those given), for the write and its audit summary. */
export function projectColumns(fields: Partial<ProjectFields>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([key, value]) =>
      key in PROJECT_FIELD_COLUMNS ? [[PROJECT_FIELD_COLUMNS[key as keyof ProjectFields], value]] : [],
    ),
  );
}

function toProjectRow(row: Record<string, unknown>): ProjectRow {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: (row.enterprise_name as string | undefined) ?? null,
    name: row.name as string,
    site: (row.site as string | null) ?? null,
    status: row.status as string,
    major: Boolean(row.major),
    // Set by the final approval of the readiness inspection (P2): when, and by which inspection body.
    clearance: row.cleared_at
      ? {
          at: row.cleared_at as string,
          body: row.cleared_body_zh ? { 'zh-CN': row.cleared_body_zh as string, en: row.cleared_body_en as string } : null,
        }
      : null,
    suspension: row.suspended_at
      ? {
          at: row.suspended_at as string,
          body: row.suspended_body_zh ? { 'zh-CN': row.suspended_body_zh as string, en: row.suspended_body_en as string } : null,
        }
      : null,
  };
}

function projects(db: Db, scope: ProjectScope) {
  const query = db('projects as p')
    .join('enterprises as e', 'e.id', 'p.enterprise_id')
    .leftJoin('working_groups as g', 'g.id', 'p.cleared_by_group_id')
    .leftJoin('working_groups as sg', 'sg.id', 'p.suspended_by_group_id')
    .select(
      'p.*',
      'e.name as enterprise_name',
      'g.name_zh as cleared_body_zh',
      'g.name_en as cleared_body_en',
      'sg.name_zh as suspended_body_zh',
      'sg.name_en as suspended_body_en',
    );
  return scope === 'all' ? query : query.whereIn('p.enterprise_id', scope);
}

/** One page of the projects in `scope`, of one enterprise and in one status when asked, by id. */
export async function projectPage(
  db: Db,
  scope: ProjectScope,
  filter: { enterpriseId?: number; status?: string },
  paging: PageQuery,
): Promise<{ rows: ProjectRow[]; page: Page }> {
  const query = projects(db, scope).orderBy('p.id');
  if (filter.enterpriseId) query.where('p.enterprise_id', filter.enterpriseId);
  if (filter.status) query.where('p.status', filter.status);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map(toProjectRow), page };
}

/** The project with this id, if it is in `scope`. */
export async function findProject(db: Db, id: number, scope: ProjectScope = 'all'): Promise<ProjectRow | undefined> {
  const row: Record<string, unknown> | undefined = await projects(db, scope).where('p.id', id).first();
  return row ? toProjectRow(row) : undefined;
}

/** The id of an enterprise's project of this name, if it has one. */
export async function projectIdByName(db: Db, enterpriseId: number, name: string): Promise<number | undefined> {
  const row: { id: number } | undefined = await db('projects').where({ enterprise_id: enterpriseId, name }).first('id');
  return row ? Number(row.id) : undefined;
}

/** The enterprise a project belongs to, as a list (empty when there is no such project). */
export async function enterpriseIdsOfProject(db: Db, projectId: number): Promise<number[]> {
  const rows: { enterprise_id: number }[] = await db('projects').where({ id: projectId }).select('enterprise_id');
  return rows.map((row) => Number(row.enterprise_id));
}

/** Registers a project (not a major one unless said); answers its id. */
export async function insertProject(db: Db, fields: Partial<ProjectFields>): Promise<number> {
  const [row] = await db('projects')
    .insert({ ...projectColumns(fields), major: fields.major ?? false })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** Changes the given fields of a project. */
export async function updateProject(db: Db, id: number, fields: Partial<ProjectFields>): Promise<void> {
  await db('projects').where({ id }).update(projectColumns(fields));
}
