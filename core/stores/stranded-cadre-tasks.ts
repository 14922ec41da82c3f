// Open tasks about an enterprise still held by a cadre who no longer looks after it: found when its cadre changes, to
// hand to the one who does, and checked when such a cadre opens one.
import { fromJson } from '../db';
import type { Db } from './db-types';
import { OPEN_STATUSES } from './task-store';

/** An open task about an enterprise held by a cadre who no longer looks after it, to hand to the one who does. */
export interface StrandedCadreTask {
  id: string;
  workflowId: string;
  assigneeUserId: number;
  /** Whether a workflow waits on it (a decision task); a follow-up without actions is only its row. */
  decidable: boolean;
}

/** Cadres who looked after `enterpriseId` once and do not now (an ended assignment, no open one), as a subquery. */
function formerCadres(db: Db, enterpriseId: number) {
  return db('cadre_assignments as a')
    .where('a.enterprise_id', enterpriseId)
    .whereNotNull('a.ended_at')
    .whereNotExists(
      db('cadre_assignments as o')
        .whereRaw('o.cadre_id = a.cadre_id')
        .where('o.enterprise_id', enterpriseId)
        .whereNull('o.ended_at')
        .select(db.raw('1')),
    )
    .select('a.cadre_id');
}

/** Open tasks about `enterpriseId` assigned to one of its former cadres. A task handed by hand to a cadre who never
 * looked after the enterprise is someone's deliberate choice and stays. */
export async function strandedCadreTasks(db: Db, enterpriseId: number): Promise<StrandedCadreTask[]> {
  const rows: Record<string, unknown>[] = await db('tasks as t')
    .where('t.enterprise_id', enterpriseId)
    .whereIn('t.status', OPEN_STATUSES)
    .whereIn('t.assignee_user_id', formerCadres(db, enterpriseId))
    .orderBy('t.created_at')
    .select('t.id', 't.workflow_id', 't.assignee_user_id', 't.allowed_actions');
  return rows.map((row) => ({
    id: String(row.id),
    workflowId: String(row.workflow_id),
    assigneeUserId: Number(row.assignee_user_id),
    decidable: (fromJson<unknown[] | null>(row.allowed_actions) ?? []).length > 0,
  }));
}

/** Whether `cadreId` looked after `enterpriseId` and no longer does. */
export async function isFormerCadre(db: Db, cadreId: number, enterpriseId: number): Promise<boolean> {
  return Boolean(await formerCadres(db, enterpriseId).where('a.cadre_id', cadreId).first());
}
