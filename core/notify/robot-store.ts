// The registry of group robots: one row per robot, its webhook secret sealed. Only the worker (delivering) and the
// admin's test send open a secret; every answer shows the hint (last four characters) instead.
import type { Knex } from 'knex';
import type { SecretBox } from '../codec/secret-box';
import type { RobotChannel, RobotSecret } from './robot-provider';

/** Whose group chat a robot posts into. */
export type RobotAudience = 'hq' | 'working_group' | 'cadre';

/** A robot as stored, secret still sealed. */
export interface RobotRow {
  id: number;
  key: string;
  name: string;
  channel: RobotChannel;
  audience: RobotAudience;
  working_group_id: number | null;
  cadre_user_id: number | null;
  sealed_secret: string;
  secret_hint: string;
  per_minute: number;
  active: boolean | number;
}

/** `••••••••` and the last four characters: enough for an admin to tell two robots apart, not to use one. */
export function secretHint(token: string): string {
  return `••••••••${token.slice(-4)}`;
}

/** Seals a robot's secret for storage. */
export function sealRobotSecret(box: SecretBox, secret: RobotSecret): string {
  return box.seal(JSON.stringify(secret.signSecret ? { token: secret.token, signSecret: secret.signSecret } : { token: secret.token }));
}

/** Opens a robot's stored secret. */
export function openRobotSecret(box: SecretBox, row: Pick<RobotRow, 'sealed_secret'>): RobotSecret {
  return JSON.parse(box.open(row.sealed_secret)) as RobotSecret;
}

/** Robots by key (active or not), for the enqueueing of notices. */
export async function robotsByKey(db: Knex, keys: readonly string[]): Promise<Map<string, RobotRow>> {
  if (!keys.length) return new Map();
  const rows: RobotRow[] = await db('notification_robots').whereIn('key', [...keys]);
  return new Map(rows.map((row) => [row.key, row]));
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
export async function insertRobot(db: Knex, box: SecretBox, robot: NewRobot, at: string): Promise<number> {
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
  db: Knex,
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
