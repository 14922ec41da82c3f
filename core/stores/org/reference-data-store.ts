// The reference tables every installation fills at start-up: `working_groups` (the four groups and the inspection
// bodies) and `difficulty_categories`. The shipped rows' inserts leave a row that already exists untouched, so an
// admin's edits (a unit added, a category routed elsewhere) survive.
import type { Page } from '../../api/paging-types';
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';

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

/** A working group or inspection body as stored. */
export interface WorkingGroupRow {
  id: number;
  key: string;
  nameZh: string;
  nameEn: string;
  kind: string;
}

const toWorkingGroupRow = (row: Record<string, unknown>): WorkingGroupRow => ({
  id: Number(row.id),
  key: row.key as string,
  nameZh: row.name_zh as string,
  nameEn: row.name_en as string,
  kind: row.kind as string,
});

/** One page of the units (of one kind, or all), by id. */
export async function workingGroupPage(
  db: Db,
  kind: string | undefined,
  paging: PageQuery,
): Promise<{ rows: WorkingGroupRow[]; page: Page }> {
  const query = db('working_groups').orderBy('id');
  if (kind) query.where('kind', kind);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map(toWorkingGroupRow), page };
}

/** The unit with this id. */
export async function findWorkingGroup(db: Db, id: number): Promise<WorkingGroupRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('working_groups').where({ id }).first();
  return row ? toWorkingGroupRow(row) : undefined;
}

/** The unit (working group or inspection body) with this key. */
export async function findWorkingGroupByKey(db: Db, key: string): Promise<WorkingGroupRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('working_groups').where({ key }).first();
  return row ? toWorkingGroupRow(row) : undefined;
}

/** The id of the unit (working group or inspection body) with this key, if any. */
export async function workingGroupIdByKey(db: Db, key: string): Promise<number | undefined> {
  const row: { id: number } | undefined = await db('working_groups').where({ key }).first('id');
  return row ? Number(row.id) : undefined;
}

/** Whether a unit already has this key. */
export async function workingGroupKeyTaken(db: Db, key: string): Promise<boolean> {
  return Boolean(await db('working_groups').where({ key }).first('id'));
}

/** Whether this id is a working group of the service class (not an inspection body). */
export async function isServiceGroup(db: Db, id: number): Promise<boolean> {
  return Boolean(await db('working_groups').where({ id, kind: 'service' }).first('id'));
}

/** Adds a unit; answers its id. */
export async function insertWorkingGroup(db: Db, group: Omit<WorkingGroupRow, 'id'>): Promise<number> {
  const [row] = await db('working_groups')
    .insert({ key: group.key, name_zh: group.nameZh, name_en: group.nameEn, kind: group.kind })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** A difficulty category with the working group it is routed to. */
export interface DifficultyCategoryRow {
  key: string;
  nameZh: string;
  nameEn: string;
  workingGroupId: number;
  workingGroupKey: string;
}

/** One page of the categories in their order. */
export async function difficultyCategoryPage(db: Db, paging: PageQuery): Promise<{ rows: DifficultyCategoryRow[]; page: Page }> {
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(
    db,
    db('difficulty_categories as c')
      .join('working_groups as g', 'g.id', 'c.working_group_id')
      .orderBy('c.sort')
      .select('c.*', 'g.key as group_key'),
    paging,
  );
  return {
    rows: rows.map((row) => ({
      key: row.key as string,
      nameZh: row.name_zh as string,
      nameEn: row.name_en as string,
      workingGroupId: Number(row.working_group_id),
      workingGroupKey: row.group_key as string,
    })),
    page,
  };
}

/** The category with this key and the id of the group it goes to (none when unrouted). */
export async function findDifficultyCategory(db: Db, key: string): Promise<{ key: string; workingGroupId: number | null } | undefined> {
  const row: Record<string, unknown> | undefined = await db('difficulty_categories').where({ key }).first();
  return row ? { key: row.key as string, workingGroupId: row.working_group_id == null ? null : Number(row.working_group_id) } : undefined;
}

/** Routes a category to a working group. */
export async function routeDifficultyCategory(db: Db, key: string, workingGroupId: number): Promise<void> {
  await db('difficulty_categories').where({ key }).update({ working_group_id: workingGroupId });
}
