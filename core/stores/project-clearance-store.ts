// A project's clearance to resume (P2): when, by which inspection body, by whom and on which case it was cleared; and
// its suspension, when a level above the clearing one fails the enterprise (by whom, when, on which case) until a later
// clearance lifts it. activities/clearance-activities.ts clears or suspends an enterprise's projects in one transaction
// and passes it here as `db`.
import type { Db } from './db-types';

/** Who cleared projects, and on which case. */
export interface ProjectClearing {
  clearedAt: string;
  bodyId: number | null;
  approverId: number | null;
  submissionId: string;
}

/** The projects case `submissionId` cleared, in the order the database answers. */
export async function projectsClearedBy(db: Db, submissionId: string): Promise<number[]> {
  const ids = await db('projects').where({ cleared_submission_id: submissionId }).pluck('id');
  return ids.map(Number);
}

/** When project `projectId` was cleared. */
export async function projectClearedAt(db: Db, projectId: number): Promise<string> {
  return (await db('projects').where({ id: projectId }).first('cleared_at')).cleared_at;
}

/** The enterprise's projects not cleared yet, or whose clearance is suspended, by id; with the suspended ones apart. */
export async function projectsToClear(db: Db, enterpriseId: number): Promise<{ ids: number[]; suspended: number[] }> {
  const rows = await db('projects')
    .where({ enterprise_id: enterpriseId })
    .where((q) => {
      q.whereNull('cleared_at').orWhereNotNull('suspended_at');
    })
    .orderBy('id')
    .select('id', 'suspended_at');
  return { ids: rows.map((row) => Number(row.id)), suspended: rows.filter((row) => row.suspended_at).map((row) => Number(row.id)) };
}

/** Marks the projects cleared, lifting a suspension they had. */
export async function clearProjects(db: Db, projectIds: number[], clearing: ProjectClearing): Promise<void> {
  await db('projects').whereIn('id', projectIds).update({
    cleared_at: clearing.clearedAt,
    cleared_by_group_id: clearing.bodyId,
    cleared_by_user_id: clearing.approverId,
    cleared_submission_id: clearing.submissionId,
    suspended_at: null,
    suspended_by_group_id: null,
    suspended_by_user_id: null,
    suspended_submission_id: null,
  });
}

/** Who suspended projects' clearance, and on which case. */
export interface ProjectSuspending {
  suspendedAt: string;
  bodyId: number | null;
  deciderId: number | null;
  submissionId: string;
}

/** The projects whose clearance case `submissionId` suspended, and when. */
export async function projectsSuspendedBy(db: Db, submissionId: string): Promise<{ ids: number[]; at: string | null }> {
  const rows = await db('projects').where({ suspended_submission_id: submissionId }).orderBy('id').select('id', 'suspended_at');
  return { ids: rows.map((row) => Number(row.id)), at: rows[0] ? String(rows[0].suspended_at) : null };
}

/** The enterprise's projects cleared to resume and not suspended, by id. */
export async function projectsInForce(db: Db, enterpriseId: number): Promise<number[]> {
  const ids = await db('projects')
    .where({ enterprise_id: enterpriseId })
    .whereNotNull('cleared_at')
    .whereNull('suspended_at')
    .orderBy('id')
    .pluck('id');
  return ids.map(Number);
}

/** Suspends the projects' clearance (the clearance itself is kept: a later clearance overwrites it). */
export async function suspendProjects(db: Db, projectIds: number[], suspending: ProjectSuspending): Promise<void> {
  await db('projects').whereIn('id', projectIds).update({
    suspended_at: suspending.suspendedAt,
    suspended_by_group_id: suspending.bodyId,
    suspended_by_user_id: suspending.deciderId,
    suspended_submission_id: suspending.submissionId,
  });
}

/** Whether an enterprise may resume (P2), as the gate is told: a clearance in force, one suspended, or none. */
export type EnterpriseClearance = 'cleared' | 'suspended' | 'not-cleared';

/** An enterprise's clearance and since when: its earliest clearance in force, else its latest suspension; `since` is
 * null when it was never cleared. */
export interface EnterpriseClearanceStanding {
  state: EnterpriseClearance;
  since: string | null;
}

/** The clearance of the enterprise that runs project `projectId` (any of its projects cleared and not suspended), with
 * since when. */
export async function enterpriseClearanceStandingOfProject(db: Db, projectId: number): Promise<EnterpriseClearanceStanding> {
  const row = await db('projects as p')
    .join('projects as site', 'site.enterprise_id', 'p.enterprise_id')
    .where('site.id', projectId)
    .first(
      db.raw('min(case when p.cleared_at is not null and p.suspended_at is null then p.cleared_at end) as cleared_since'),
      db.raw('max(p.suspended_at) as suspended_since'),
    );
  if (row?.cleared_since) return { state: 'cleared', since: String(row.cleared_since) };
  if (row?.suspended_since) return { state: 'suspended', since: String(row.suspended_since) };
  return { state: 'not-cleared', since: null };
}

/** The clearance of the enterprise that runs project `projectId` (any of its projects cleared and not suspended). */
export async function enterpriseClearanceOfProject(db: Db, projectId: number): Promise<EnterpriseClearance> {
  return (await enterpriseClearanceStandingOfProject(db, projectId)).state;
}
