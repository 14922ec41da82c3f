// Assigning an enterprise to a cadre: at most N enterprises per cadre; a reassignment ends the old row (history kept).
import type { Knex } from '#core/stores';
import { findUser } from '#core/stores/user-store';
import { AppError } from '#core/errors';

/** Why an assignment cannot be made, as a field problem; undefined when it can. */
export async function assignmentProblem(
  db: Knex | Knex.Transaction,
  cadreId: number,
  enterpriseId: number,
  max: number,
  pendingForCadre = 0,
): Promise<AppError | undefined> {
  const cadre = await findUser(db, cadreId);
  if (!cadre || cadre.role !== 'cadre' || !cadre.active) {
    return new AppError(422, 'not_a_cadre', { 'zh-CN': '所选用户不是在岗的包挂干部', en: 'The chosen user is not an active cadre' }, [
      { path: '/cadreId', message: 'not an active cadre' },
    ]);
  }
  if (!(await db('enterprises').where({ id: enterpriseId }).first('id'))) {
    return new AppError(422, 'no_enterprise', { 'zh-CN': '企业不存在', en: 'No such enterprise' }, [
      { path: '/enterpriseId', message: 'no such enterprise' },
    ]);
  }
  const current = await db('cadre_assignments')
    .where({ cadre_id: cadreId })
    .whereNull('ended_at')
    .whereNot({ enterprise_id: enterpriseId })
    .count({ n: '*' })
    .first();
  if (Number(current?.n ?? 0) + pendingForCadre >= max) {
    return new AppError(
      409,
      'cadre_full',
      { 'zh-CN': `该干部已包挂 ${max} 家企业，达到上限`, en: `This cadre already looks after ${max} enterprises, the limit` },
      [{ path: '/cadreId', message: `limit ${max}` }],
    );
  }
  return undefined;
}

/** Makes the assignment inside `trx` (checks first with assignmentProblem); returns the new row id, or the existing one when unchanged. */
export async function assignCadre(
  trx: Knex.Transaction,
  cadreId: number,
  enterpriseId: number,
  by: number | null,
  at: string,
  reason = 'reassigned',
): Promise<{ id: number; previousCadreId: number | null }> {
  const current = await trx('cadre_assignments').where({ enterprise_id: enterpriseId }).whereNull('ended_at').first();
  if (current && Number(current.cadre_id) === cadreId) return { id: Number(current.id), previousCadreId: cadreId };
  if (current) await trx('cadre_assignments').where({ id: current.id }).update({ ended_at: at, ended_by: by, end_reason: reason });
  const [row] = await trx('cadre_assignments')
    .insert({ cadre_id: cadreId, enterprise_id: enterpriseId, assigned_at: at, assigned_by: by })
    .returning('id');
  return { id: Number((row as { id: number }).id), previousCadreId: current ? Number(current.cadre_id) : null };
}
