// An enterprise whose clearance to resume a later level suspended (seed 003): its readiness case failed by the joint
// inspection team after the town/street team cleared it — the rows the suspension activity writes, put in place for a
// test that reads them, and a way to put the enterprise back as it was.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

/** The failed case and its moment; `restore` deletes the case and gives the projects back their clearance as it was. */
export interface SuspendedClearance {
  submissionId: string;
  at: string;
  restore(): Promise<void>;
}

/** Marks every project of `enterpriseId` cleared by the town/street team and suspended by the joint team's fail of a
 * readiness case filed by `userId` (case number `caseNumber`, the team's `note`). */
export async function suspendClearance(
  db: Knex,
  case_: { enterpriseId: number; userId: number; caseNumber: string; note: string },
): Promise<SuspendedClearance> {
  const { enterpriseId } = case_;
  const kept = await db('projects').where({ enterprise_id: enterpriseId }).select('id', 'cleared_at', 'cleared_by_group_id');
  const joint = await db('working_groups').where({ key: 'joint-inspection' }).first('id');
  const town = await db('working_groups').where({ key: 'town-inspection' }).first('id');
  const version = (await db('form_definitions').where({ key: 'resumption-readiness' }).max('version as v').first())!.v;
  const submissionId = randomUUID();
  const at = new Date().toISOString();
  const restore = async () => {
    await db('submissions').where({ id: submissionId }).delete();
    for (const project of kept)
      await db('projects').where({ id: project.id }).update({
        cleared_at: project.cleared_at,
        cleared_by_group_id: project.cleared_by_group_id,
        suspended_at: null,
        suspended_by_group_id: null,
        suspended_submission_id: null,
      });
  };
  try {
    await db('submissions').insert({
      id: submissionId,
      form_key: 'resumption-readiness',
      form_version: version,
      enterprise_id: enterpriseId,
      user_id: case_.userId,
      data: '{}',
      status: 'rejected',
      result: JSON.stringify({ status: 'rejected', stage: 'joint', data: { note: case_.note } }),
      workflow_id: `suspension-test-${submissionId}`,
      case_number: case_.caseNumber,
      created_at: at,
      updated_at: at,
    });
    await db('projects').where({ enterprise_id: enterpriseId }).update({
      cleared_at: at,
      cleared_by_group_id: town.id,
      suspended_at: at,
      suspended_by_group_id: joint.id,
      suspended_submission_id: submissionId,
    });
  } catch (error) {
    await restore();
    throw error;
  }
  return { submissionId, at, restore };
}
