// The organisation as a task's routing reads it: who looks after an enterprise now, which working group a difficulty
// category names (a group named by its key is reference data: reference-data-store's workingGroupIdByKey). The
// human-task activities and a collection round's follow-ups resolve their assignees through these, so a task goes to
// a person or a group by the same reading everywhere.
import type { Db } from '../db-types';

/** The cadre currently assigned to the enterprise (an open assignment), if any. */
export async function currentCadreId(db: Db, enterpriseId: number): Promise<number | undefined> {
  const row: { cadre_id: number } | undefined = await db('cadre_assignments')
    .where({ enterprise_id: enterpriseId })
    .whereNull('ended_at')
    .first('cadre_id');
  return row ? Number(row.cadre_id) : undefined;
}

/** The id of the working group a difficulty category is routed to, if the category exists. */
export async function categoryWorkingGroupId(db: Db, categoryKey: string): Promise<number | undefined> {
  const row: { working_group_id: number } | undefined = await db('difficulty_categories')
    .where({ key: categoryKey })
    .first('working_group_id');
  return row ? Number(row.working_group_id) : undefined;
}
