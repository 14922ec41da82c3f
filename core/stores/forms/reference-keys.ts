// What a form definition may refer to, as it exists now (the publish-time reference checks,
// web/server/forms/publish-references.ts): working groups, difficulty categories, active users and active robots.
import type { Db } from '../db-types';

/** The keys and ids a definition's references are checked against. */
export interface ReferenceKeys {
  workingGroupKeys: string[];
  categoryKeys: string[];
  activeUserIds: number[];
  activeRobotKeys: string[];
}

/** Every working group and category key, and the ids and keys of active users and robots. */
export async function referenceKeys(db: Db): Promise<ReferenceKeys> {
  const [groups, categories, users, robots] = await Promise.all([
    db('working_groups').select('key'),
    db('difficulty_categories').select('key'),
    db('users').where({ active: true }).select('id'),
    db('notification_robots').where({ active: true }).select('key'),
  ]);
  return {
    workingGroupKeys: groups.map((row) => String(row.key)),
    categoryKeys: categories.map((row) => String(row.key)),
    activeUserIds: users.map((row) => Number(row.id)),
    activeRobotKeys: robots.map((row) => String(row.key)),
  };
}
