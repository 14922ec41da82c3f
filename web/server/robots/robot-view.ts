// A robot as the API shows it: never its webhook key, token or signing secret, only the hint an admin can recognise.
import type { Knex } from 'knex';
import type { RobotRow } from '#core/notify/robot-store';

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
export async function robotViews(db: Knex, where: Partial<Pick<RobotRow, 'id'>> = {}): Promise<RobotView[]> {
  const rows = await db('notification_robots as r')
    .leftJoin('working_groups as g', 'g.id', 'r.working_group_id')
    .where(Object.fromEntries(Object.entries(where).map(([k, v]) => [`r.${k}`, v])))
    .orderBy('r.key')
    .select('r.*', 'g.key as working_group_key');
  return rows.map((row) => ({
    id: Number(row.id),
    key: row.key,
    name: row.name,
    channel: row.channel,
    audience: row.audience,
    workingGroupKey: row.working_group_key ?? null,
    cadreUserId: row.cadre_user_id === null || row.cadre_user_id === undefined ? null : Number(row.cadre_user_id),
    secretHint: row.secret_hint,
    perMinute: Number(row.per_minute),
    active: Boolean(row.active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}
