// The reference tables every installation fills at start-up: `working_groups` (the four groups and the inspection
// bodies) and `difficulty_categories`. Inserts leave a row that already exists untouched, so an admin's edits survive.
import type { Db } from '../db-types';

/** A working group or inspection body as shipped. */
export interface ShippedWorkingGroup {
  key: string;
  nameZh: string;
  nameEn: string;
  /** Absent for a working group (the column's default); 'inspection' for an inspection body. */
  kind?: 'inspection';
}

/** A difficulty category as shipped, with the id of the working group it goes to. */
export interface ShippedDifficultyCategory {
  key: string;
  nameZh: string;
  nameEn: string;
  workingGroupId: number | undefined;
  sort: number;
}

/** Inserts the group unless one with its key exists. */
export async function insertWorkingGroupIfMissing(db: Db, group: ShippedWorkingGroup): Promise<void> {
  await db('working_groups')
    .insert({ key: group.key, name_zh: group.nameZh, name_en: group.nameEn, ...(group.kind ? { kind: group.kind } : {}) })
    .onConflict('key')
    .ignore();
}

/** Every working group's id by its key. */
export async function workingGroupIdsByKey(db: Db): Promise<Map<string, number>> {
  const rows: { id: number; key: string }[] = await db('working_groups').select('id', 'key');
  return new Map(rows.map((row) => [row.key, Number(row.id)]));
}

/** Inserts the category unless one with its key exists. */
export async function insertDifficultyCategoryIfMissing(db: Db, category: ShippedDifficultyCategory): Promise<void> {
  await db('difficulty_categories')
    .insert({
      key: category.key,
      name_zh: category.nameZh,
      name_en: category.nameEn,
      working_group_id: category.workingGroupId,
      sort: category.sort,
    })
    .onConflict('key')
    .ignore();
}
