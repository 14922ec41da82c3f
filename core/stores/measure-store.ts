// Reads and writes of enterprise_measures (migration 0034), as the plain records the API answers.
import type { Knex } from 'knex';
import type { Locale } from '#core/domain/locale';
import type { Measure } from '#core/domain/measure';
import { MEASURE_CATEGORIES, MEASURE_STATUSES, type MeasureChange, type MeasureInput } from './measure-schemas';

function view(row: Record<string, unknown>, locale: Locale): Measure {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    measure: String(row.measure),
    category: String(row.category),
    categoryText: MEASURE_CATEGORIES[String(row.category)]?.[locale] ?? String(row.category),
    responsible: String(row.responsible),
    dueOn: String(row.due_on),
    status: String(row.status),
    statusText: MEASURE_STATUSES[String(row.status)]?.[locale] ?? String(row.status),
    outcome: row.outcome === null || row.outcome === undefined ? null : String(row.outcome),
    createdBy: String(row.created_by_name),
    createdAt: String(row.created_at),
    updatedAt: row.updated_at ? String(row.updated_at) : null,
  };
}

const base = (db: Knex) =>
  db('enterprise_measures as m').join('users as u', 'u.id', 'm.created_by').select('m.*', 'u.display_name as created_by_name');

/** The measures of one enterprise, open ones first by due date. */
export async function listMeasures(db: Knex, enterpriseId: number, locale: Locale): Promise<Measure[]> {
  const rows: Record<string, unknown>[] = await base(db)
    .where('m.enterprise_id', enterpriseId)
    .orderByRaw("case when m.status in ('done', 'dropped') then 1 else 0 end")
    .orderBy([{ column: 'm.due_on' }, { column: 'm.id' }]);
  return rows.map((row) => view(row, locale));
}

/** One measure, or undefined. */
export async function findMeasure(db: Knex, id: number, locale: Locale): Promise<Measure | undefined> {
  const row = await base(db).where('m.id', id).first();
  return row ? view(row, locale) : undefined;
}

/** Inserts a planned measure; answers its id. */
export async function insertMeasure(db: Knex, enterpriseId: number, userId: number, input: MeasureInput, at: string): Promise<number> {
  const [row] = await db('enterprise_measures')
    .insert({
      enterprise_id: enterpriseId,
      measure: input.measure,
      category: input.category,
      responsible: input.responsible,
      due_on: input.dueOn,
      status: 'planned',
      created_by: userId,
      created_at: at,
    })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** Applies a change. */
export async function updateMeasure(db: Knex, id: number, userId: number, change: MeasureChange, at: string): Promise<void> {
  await db('enterprise_measures')
    .where({ id })
    .update({
      ...(change.status ? { status: change.status } : {}),
      ...(change.outcome ? { outcome: change.outcome } : {}),
      ...(change.responsible ? { responsible: change.responsible } : {}),
      ...(change.dueOn ? { due_on: change.dueOn } : {}),
      updated_by: userId,
      updated_at: at,
    });
}
