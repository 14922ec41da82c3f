// The registry of group robots (`notification_robots`): one row per robot, its webhook secret sealed (robot-secret.ts
// seals and opens it). Rows are read as camelCase `RobotRow`s, mapped once here.
import type { SecretBox } from '../../codec/secret-box';
import type { RobotChannel, RobotSecret } from '../../notify/robot-provider';
import { sealRobotSecret, secretHint } from '../../notify/robot-secret';
import type { Db } from '../db-types';

/** Whose group chat a robot posts into. */
export type RobotAudience = 'hq' | 'working_group' | 'cadre';

/** A robot as stored, secret still sealed. */
export interface RobotRow {
  id: number;
  key: string;
  name: string;
  channel: RobotChannel;
  audience: RobotAudience;
  workingGroupId: number | null;
  cadreUserId: number | null;
  sealedSecret: string;
  secretHint: string;
  perMinute: number;
  active: boolean;
}

const optionalId = (value: unknown): number | null => (value == null ? null : Number(value));

/** The one mapping from a `notification_robots` row to `RobotRow` (SQLite answers booleans as 0/1). */
function toRobotRow(row: Record<string, unknown>): RobotRow {
  return {
    id: Number(row.id),
    key: String(row.key),
    name: String(row.name),
    channel: String(row.channel) as RobotChannel,
    audience: String(row.audience) as RobotAudience,
    workingGroupId: optionalId(row.working_group_id),
    cadreUserId: optionalId(row.cadre_user_id),
    sealedSecret: String(row.sealed_secret),
    secretHint: String(row.secret_hint),
    perMinute: Number(row.per_minute),
    active: row.active === true || row.active === 1,
  };
}

/** The robot with this id, active or not. */
export async function findRobot(db: Db, id: number): Promise<RobotRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('notification_robots').where({ id }).first();
  return row ? toRobotRow(row) : undefined;
}

/** Robots by id (active or not), for the outbox's list of messages to them. */
export async function robotsById(db: Db, ids: readonly number[]): Promise<Map<number, RobotRow>> {
  if (!ids.length) return new Map();
  const rows: Record<string, unknown>[] = await db('notification_robots').whereIn('id', [...new Set(ids)]);
  return new Map(rows.map((row) => [Number(row.id), toRobotRow(row)]));
}

/** Robots by key (active or not), for the enqueueing of notices. */
export async function robotsByKey(db: Db, keys: readonly string[]): Promise<Map<string, RobotRow>> {
  if (!keys.length) return new Map();
  const rows: Record<string, unknown>[] = await db('notification_robots').whereIn('key', [...keys]);
  return new Map(rows.map((row) => [String(row.key), toRobotRow(row)]));
}

/** What an admin registers. */
export interface NewRobot {
  key: string;
  name: string;
  channel: RobotChannel;
  audience: RobotAudience;
  workingGroupId?: number | null;
  cadreUserId?: number | null;
  secret: RobotSecret;
  perMinute?: number;
  createdBy?: number | null;
}

/** Stores a robot with its secret sealed; returns its id. */
export async function insertRobot(db: Db, box: SecretBox, robot: NewRobot, at: string): Promise<number> {
  const [row] = await db('notification_robots')
    .insert({
      key: robot.key,
      name: robot.name,
      channel: robot.channel,
      audience: robot.audience,
      working_group_id: robot.audience === 'working_group' ? (robot.workingGroupId ?? null) : null,
      cadre_user_id: robot.audience === 'cadre' ? (robot.cadreUserId ?? null) : null,
      sealed_secret: sealRobotSecret(box, robot.secret),
      secret_hint: secretHint(robot.secret.token),
      per_minute: robot.perMinute ?? 20,
      active: true,
      created_by: robot.createdBy ?? null,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  return Number(typeof row === 'object' ? row.id : row);
}

/** Replaces a robot's secret (the group's robot was re-created, the signing secret rotated); messages waiting for it keep their place. */
export async function replaceRobotSecret(
  db: Db,
  box: SecretBox,
  id: number,
  channel: RobotChannel,
  secret: RobotSecret,
  at: string,
): Promise<boolean> {
  const changed = await db('notification_robots')
    .where({ id, channel })
    .update({ sealed_secret: sealRobotSecret(box, secret), secret_hint: secretHint(secret.token), updated_at: at });
  return changed > 0;
}

/** Whether a robot (active or not) is registered under `key`. */
export async function robotKeyTaken(db: Db, key: string): Promise<boolean> {
  return Boolean(await db('notification_robots').where({ key }).first('id'));
}

/** What an admin may change of a robot besides its secret (replaceRobotSecret). */
export interface RobotChange {
  name?: string;
  active?: boolean;
  perMinute?: number;
}

/** Applies the fields of `change` that are given; nothing is written when none is. */
export async function updateRobot(db: Db, id: number, change: RobotChange, at: string): Promise<void> {
  const columns = {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.active !== undefined ? { active: change.active } : {}),
    ...(change.perMinute !== undefined ? { per_minute: change.perMinute } : {}),
  };
  if (Object.keys(columns).length)
    await db('notification_robots')
      .where({ id })
      .update({ ...columns, updated_at: at });
}
