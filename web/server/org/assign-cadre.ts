// Assigning an enterprise to a cadre: at most N enterprises per cadre; a reassignment ends the old row (history kept).
import type { Db } from '#core/stores/db-types';
import { currentAssignmentOf, endAssignment, insertAssignment, openAssignmentsElsewhere } from '#core/stores/org/cadre-assignment-store';
import { enterpriseExists } from '#core/stores/org/enterprise-store';
import { findUser } from '#core/stores/user-store';
import { AppError } from '#core/errors';

/** Why an assignment cannot be made, as a field problem; undefined when it can. */
export async function assignmentProblem(
  db: Db,
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
  if (!(await enterpriseExists(db, enterpriseId))) {
    return new AppError(422, 'no_enterprise', { 'zh-CN': '企业不存在', en: 'No such enterprise' }, [
      { path: '/enterpriseId', message: 'no such enterprise' },
    ]);
  }
  if ((await openAssignmentsElsewhere(db, cadreId, enterpriseId)) + pendingForCadre >= max) {
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
  trx: Db,
  cadreId: number,
  enterpriseId: number,
  by: number | null,
  at: string,
  reason = 'reassigned',
): Promise<{ id: number; previousCadreId: number | null }> {
  const current = await currentAssignmentOf(trx, enterpriseId);
  if (current && current.cadreId === cadreId) return { id: current.id, previousCadreId: cadreId };
  if (current) await endAssignment(trx, current.id, { at, by, reason });
  const id = await insertAssignment(trx, cadreId, enterpriseId, by, at);
  return { id, previousCadreId: current ? current.cadreId : null };
}
