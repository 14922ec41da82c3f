// Reads and writes of enterprise_measures (migration 0034) as typed rows; the words a reader sees for a category or a
// status are put on by web/server/measures.
import type { Db } from './db-types';

/** A service measure as stored, with the name of the user who recorded it. */
export interface MeasureRow {
  id: number;
  enterpriseId: number;
  measure: string;
  category: string;
  responsible: string;
  dueOn: string;
  status: string;
  outcome: string | null;
  createdByName: string;
  createdAt: string;
  updatedAt: string | null;
}

/** A new measure, as the cadre plans it. */
export interface NewMeasure {
  measure: string;
  category: string;
  responsible: string;
  dueOn: string;
}

/** The fields a change may set; those left out stay as they are. */
export interface MeasureUpdate {
  status?: string;
  outcome?: string;
  responsible?: string;
  dueOn?: string;
}

function toMeasureRow(row: Record<string, unknown>): MeasureRow {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    measure: String(row.measure),
    category: String(row.category),
    responsible: String(row.responsible),
    dueOn: String(row.due_on),
    status: String(row.status),
    outcome: row.outcome === null || row.outcome === undefined ? null : String(row.outcome),
    createdByName: String(row.created_by_name),
    createdAt: String(row.created_at),
    updatedAt: row.updated_at ? String(row.updated_at) : null,
  };
}

const base = (db: Db) =>
  db('enterprise_measures as m').join('users as u', 'u.id', 'm.created_by').select('m.*', 'u.display_name as created_by_name');

/** The measures of one enterprise, open ones first by due date. */
export async function listMeasures(db: Db, enterpriseId: number): Promise<MeasureRow[]> {
  const rows: Record<string, unknown>[] = await base(db)
    .where('m.enterprise_id', enterpriseId)
    .orderByRaw("case when m.status in ('done', 'dropped') then 1 else 0 end")
    .orderBy([{ column: 'm.due_on' }, { column: 'm.id' }]);
  return rows.map(toMeasureRow);
}

/** One measure, or undefined. */
export async function findMeasure(db: Db, id: number): Promise<MeasureRow | undefined> {
  const row: Record<string, unknown> | undefined = await base(db).where('m.id', id).first();
  return row ? toMeasureRow(row) : undefined;
}

/** Inserts a planned measure; answers its id. */
export async function insertMeasure(db: Db, enterpriseId: number, userId: number, input: NewMeasure, at: string): Promise<number> {
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
export async function updateMeasure(db: Db, id: number, userId: number, change: MeasureUpdate, at: string): Promise<void> {
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
