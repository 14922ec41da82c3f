// Service measures the authorization matrix refers to: one of ent01's enterprise (cadre1's, "own") and one of ent06's.
import type { Knex } from 'knex';

/** Records of the measures for the access matrix. */
export interface MeasureFixtures {
  measure: Record<'own' | 'other', number>;
}

async function addMeasure(db: Knex, enterpriseUser: string, cadre: string): Promise<number> {
  const { enterprise_id: enterpriseId } = await db('users').where({ username: enterpriseUser }).first('enterprise_id');
  const { id: cadreId } = await db('users').where({ username: cadre }).first('id');
  const [row] = await db('enterprise_measures')
    .insert({
      enterprise_id: enterpriseId,
      measure: '协调原材料供应商恢复供货',
      category: 'materials',
      responsible: '矩阵责任人',
      due_on: '2026-02-20',
      status: 'planned',
      created_by: cadreId,
      created_at: new Date().toISOString(),
    })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** Adds the two measures and answers their ids. */
export async function measureFixtures(db: Knex): Promise<MeasureFixtures> {
  return { measure: { own: await addMeasure(db, 'ent01', 'cadre1'), other: await addMeasure(db, 'ent06', 'cadre2') } };
}
