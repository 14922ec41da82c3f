// Reference data every installation needs, demo or not: the four working groups, the three inspection bodies and the
// difficulty categories.
import type { Db } from '../stores/db-types';
import { insertDifficultyCategoryIfMissing, insertWorkingGroupIfMissing, workingGroupIdsByKey } from '../stores/org/reference-data-store';
import { INSPECTION_BODIES } from './inspection-bodies';
import { DIFFICULTY_CATEGORIES, WORKING_GROUPS } from './org-types';

/** Inserts the working groups and difficulty categories that are missing; never changes existing rows. */
export async function ensureReferenceData(db: Db): Promise<void> {
  for (const group of WORKING_GROUPS) await insertWorkingGroupIfMissing(db, group);
  for (const body of INSPECTION_BODIES)
    await insertWorkingGroupIfMissing(db, { key: body.key, nameZh: body.nameZh, nameEn: body.nameEn, kind: 'inspection' });
  const groupIds = await workingGroupIdsByKey(db);
  for (const [sort, category] of DIFFICULTY_CATEGORIES.entries()) {
    await insertDifficultyCategoryIfMissing(db, {
      key: category.key,
      nameZh: category.nameZh,
      nameEn: category.nameEn,
      workingGroupId: groupIds.get(category.group),
      sort,
    });
  }
}
