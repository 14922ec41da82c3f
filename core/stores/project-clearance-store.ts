// A project's clearance to resume (P2): when, by which inspection body, by whom and on which case it was cleared.
// activities/clearance-activities.ts clears an enterprise's projects in one transaction and passes it here as `db`.
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

/** The enterprise's projects not cleared yet, by id. */
export async function unclearedProjects(db: Db, enterpriseId: number): Promise<number[]> {
  const ids = await db('projects').where({ enterprise_id: enterpriseId }).whereNull('cleared_at').orderBy('id').pluck('id');
  return ids.map(Number);
}

/** Marks the projects cleared. */
export async function clearProjects(db: Db, projectIds: number[], clearing: ProjectClearing): Promise<void> {
  await db('projects').whereIn('id', projectIds).update({
    cleared_at: clearing.clearedAt,
    cleared_by_group_id: clearing.bodyId,
    cleared_by_user_id: clearing.approverId,
    cleared_submission_id: clearing.submissionId,
  });
}
