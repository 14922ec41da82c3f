// The `cadre_assignments` table: which cadre looks after which enterprise. An enterprise has at most one open row (no
// `ended_at`); ending one keeps it as history, with who ended it and why.
import type { Page } from '../../api/paging-types';
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';

/** An assignment as the list shows it, with the cadre's and the enterprise's names. */
export interface AssignmentRow {
  id: number;
  cadreId: number;
  cadreName: string;
  enterpriseId: number;
  enterpriseName: string;
  assignedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

/** The list's filters: `viewerCadreId` narrows a cadre's list to its own. */
export interface AssignmentFilter {
  viewerCadreId?: number;
  history?: boolean;
  enterpriseId?: number;
  cadreId?: number;
}

/** One page of the assignments matching `filter`, newest first. */
export async function assignmentPage(db: Db, filter: AssignmentFilter, paging: PageQuery): Promise<{ rows: AssignmentRow[]; page: Page }> {
  const query = db('cadre_assignments as a')
    .join('users as c', 'c.id', 'a.cadre_id')
    .join('enterprises as e', 'e.id', 'a.enterprise_id')
    .orderBy('a.id', 'desc')
    .select('a.*', 'c.display_name as cadre_name', 'e.name as enterprise_name');
  if (filter.viewerCadreId !== undefined) query.where('a.cadre_id', filter.viewerCadreId);
  if (!filter.history) query.whereNull('a.ended_at');
  if (filter.enterpriseId) query.where('a.enterprise_id', filter.enterpriseId);
  if (filter.cadreId) query.where('a.cadre_id', filter.cadreId);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return {
    rows: rows.map((row) => ({
      id: Number(row.id),
      cadreId: Number(row.cadre_id),
      cadreName: row.cadre_name as string,
      enterpriseId: Number(row.enterprise_id),
      enterpriseName: row.enterprise_name as string,
      assignedAt: row.assigned_at as string,
      endedAt: (row.ended_at as string | null) ?? null,
      endReason: (row.end_reason as string | null) ?? null,
    })),
    page,
  };
}

/** An open assignment: who looks after which enterprise. */
export interface OpenAssignment {
  id: number;
  cadreId: number;
  enterpriseId: number;
}

const toOpenAssignment = (row: Record<string, unknown>): OpenAssignment => ({
  id: Number(row.id),
  cadreId: Number(row.cadre_id),
  enterpriseId: Number(row.enterprise_id),
});

/** The open assignment with this id. */
export async function findOpenAssignment(db: Db, id: number): Promise<OpenAssignment | undefined> {
  const row: Record<string, unknown> | undefined = await db('cadre_assignments').where({ id }).whereNull('ended_at').first();
  return row ? toOpenAssignment(row) : undefined;
}

/** The enterprise's open assignment, if it has one. */
export async function currentAssignmentOf(db: Db, enterpriseId: number): Promise<OpenAssignment | undefined> {
  const row: Record<string, unknown> | undefined = await db('cadre_assignments')
    .where({ enterprise_id: enterpriseId })
    .whereNull('ended_at')
    .first();
  return row ? toOpenAssignment(row) : undefined;
}

/** The enterprises a cadre looks after now. */
export async function enterpriseIdsOfCadre(db: Db, cadreId: number): Promise<number[]> {
  const rows: { enterprise_id: number }[] = await db('cadre_assignments')
    .where({ cadre_id: cadreId })
    .whereNull('ended_at')
    .select('enterprise_id');
  return rows.map((row) => Number(row.enterprise_id));
}

/** How many enterprises other than `enterpriseId` a cadre looks after now. */
export async function openAssignmentsElsewhere(db: Db, cadreId: number, enterpriseId: number): Promise<number> {
  const counted = await db('cadre_assignments')
    .where({ cadre_id: cadreId })
    .whereNull('ended_at')
    .whereNot({ enterprise_id: enterpriseId })
    .count({ n: '*' })
    .first();
  return Number(counted?.n ?? 0);
}

/** Ends an assignment: when, by whom (none when the system did) and why. */
export async function endAssignment(db: Db, id: number, ending: { at: string; by: number | null; reason: string }): Promise<void> {
  await db('cadre_assignments').where({ id }).update({ ended_at: ending.at, ended_by: ending.by, end_reason: ending.reason });
}

/** Opens an assignment; answers its id. */
export async function insertAssignment(db: Db, cadreId: number, enterpriseId: number, by: number | null, at: string): Promise<number> {
  const [row] = await db('cadre_assignments')
    .insert({ cadre_id: cadreId, enterprise_id: enterpriseId, assigned_at: at, assigned_by: by })
    .returning('id');
  return Number((row as { id: number }).id);
}
