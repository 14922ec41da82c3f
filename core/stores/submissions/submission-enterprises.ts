// What submissions read about enterprises: the credit code a nominator names, the flags the ladder's rules test, the enterprises a bulletin's older notes name, and a cadre's assignments
// (the cadre handles those enterprises' records).
import type { Db } from '../db-types';

/** The enterprise's unified social credit code, or undefined. */
export async function creditCodeOf(db: Db, enterpriseId: number): Promise<string | undefined> {
  const row = await db('enterprises').where({ id: enterpriseId }).first('credit_code');
  return (row?.credit_code as string | null | undefined) ?? undefined;
}

/** The flags of an enterprise the ladder's decision table tests. */
export interface EnterpriseRuleFlags {
  focus: boolean;
  type: string;
}

/** The rule flags of an enterprise, or undefined when there is no such enterprise. */
export async function enterpriseRuleFlags(db: Db, enterpriseId: number): Promise<EnterpriseRuleFlags | undefined> {
  const row = await db('enterprises').where({ id: enterpriseId }).first('focus', 'type');
  return row ? { focus: Boolean(row.focus), type: String(row.type) } : undefined;
}

/** The ids of the enterprises with these names, by name. */
export async function enterpriseIdsByName(db: Db, names: string[]): Promise<Map<string, number>> {
  const rows = await db('enterprises').whereIn('name', names).select('id', 'name');
  return new Map(rows.map((row) => [String(row.name), Number(row.id)]));
}

/** The enterprises a cadre is assigned to now. */
export async function assignedEnterpriseIds(db: Db, cadreId: number): Promise<number[]> {
  return (await db('cadre_assignments').where({ cadre_id: cadreId }).whereNull('ended_at').pluck('enterprise_id')).map(Number);
}
