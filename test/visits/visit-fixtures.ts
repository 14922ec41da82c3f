// Visits the authorization matrix refers to: one to ent01's enterprise (cadre1's, "own") and one to ent06's ("other"),
// each with a problem taken away to coordinate.
import type { Knex } from 'knex';

type Scope = 'own' | 'other';

/** Records of the visit log for the access matrix. */
export interface VisitFixtures {
  visit: Record<Scope, number>;
  visitProblem: Record<Scope, number>;
}

async function addVisit(db: Knex, enterpriseUser: string, cadre: string): Promise<{ visit: number; problem: number }> {
  const { enterprise_id: enterpriseId } = await db('users').where({ username: enterpriseUser }).first('enterprise_id');
  const { id: cadreId } = await db('users').where({ username: cadre }).first('id');
  const [visit] = await db('visits')
    .insert({
      enterprise_id: enterpriseId,
      cadre_id: cadreId,
      visited_on: '2026-02-10',
      people_met: '项目经理',
      opinions_count: 1,
      opinions: '希望加快审批',
      coordinate_count: 1,
      created_at: new Date().toISOString(),
    })
    .returning('id');
  const visitId = Number((visit as { id: number }).id);
  const [problem] = await db('visit_problems')
    .insert({ visit_id: visitId, kind: 'coordinate', category: 'approvals', description: '施工许可证办理慢' })
    .returning('id');
  return { visit: visitId, problem: Number((problem as { id: number }).id) };
}

/** Adds the two visits and answers their ids. */
export async function visitFixtures(db: Knex): Promise<VisitFixtures> {
  const own = await addVisit(db, 'ent01', 'cadre1');
  const other = await addVisit(db, 'ent06', 'cadre2');
  return { visit: { own: own.visit, other: other.visit }, visitProblem: { own: own.problem, other: other.problem } };
}
