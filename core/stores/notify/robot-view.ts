// A robot as the API shows it: never its webhook key, token or signing secret, only the hint an admin can recognise.
// The robot routes list and answer robots through this read of `notification_robots` with the working group's key.
import type { Db } from '../db-types';
import type { RobotRow } from './robot-store';

/** What an admin sees of a registered robot. */
export interface RobotView {
  id: number;
  key: string;
  name: string;
  channel: string;
  audience: string;
  workingGroupKey: string | null;
  cadreUserId: number | null;
  secretHint: string;
  perMinute: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Every robot, masked, in key order. */
export async function robotViews(db: Db, where: Partial<Pick<RobotRow, 'id'>> = {}): Promise<RobotView[]> {
  const rows: Record<string, unknown>[] = await db('notification_robots as r')
    .leftJoin('working_groups as g', 'g.id', 'r.working_group_id')
    .where(Object.fromEntries(Object.entries(where).map(([k, v]) => [`r.${k}`, v])))
    .orderBy('r.key')
    .select('r.*', 'g.key as working_group_key');
  return rows.map((row) => ({
    id: Number(row.id),
    key: String(row.key),
    name: String(row.name),
    channel: String(row.channel),
    audience: String(row.audience),
    workingGroupKey: row.working_group_key == null ? null : String(row.working_group_key),
    cadreUserId: row.cadre_user_id == null ? null : Number(row.cadre_user_id),
    secretHint: String(row.secret_hint),
    perMinute: Number(row.per_minute),
    active: Boolean(row.active),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  }));
}
