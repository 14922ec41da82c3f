// Reference data every installation needs, demo or not: the four working groups, the three inspection bodies and the
// difficulty categories.
import type { Knex } from 'knex';
import { INSPECTION_BODIES } from './inspection-bodies';
import { DIFFICULTY_CATEGORIES, WORKING_GROUPS } from './org-types';

/** Inserts the working groups and difficulty categories that are missing; never changes existing rows. */
export async function ensureReferenceData(db: Knex): Promise<void> {
  for (const group of WORKING_GROUPS) {
    await db('working_groups').insert({ key: group.key, name_zh: group.nameZh, name_en: group.nameEn }).onConflict('key').ignore();
  }
  for (const body of INSPECTION_BODIES) {
    await db('working_groups')
      .insert({ key: body.key, name_zh: body.nameZh, name_en: body.nameEn, kind: 'inspection' })
      .onConflict('key')
      .ignore();
  }
  const groupIds = new Map((await db('working_groups').select('id', 'key')).map((row) => [row.key as string, Number(row.id)]));
  for (const [sort, category] of DIFFICULTY_CATEGORIES.entries()) {
    await db('difficulty_categories')
      .insert({
        key: category.key,
        name_zh: category.nameZh,
        name_en: category.nameEn,
        working_group_id: groupIds.get(category.group),
        sort,
      })
      .onConflict('key')
      .ignore();
  }
}
