// Reads and writes a person's stored notification choices (defaults are not stored; see core/notify/notice-preferences.ts),
// and the role each person holds, which decides the choices they may not turn off.
import type { Db } from '../db-types';
import type { QuietHours, StoredPreferences } from '../../notify/notice-preferences';
import type { Role } from '../../org/org-types';

/** The stored choices of each of `userIds` (a person without any gets empty lists). */
export async function storedPreferences(db: Db, userIds: readonly number[]): Promise<Map<number, StoredPreferences>> {
  const result = new Map<number, StoredPreferences>(userIds.map((id) => [id, { choices: [], quietHours: [] }]));
  if (!userIds.length) return result;
  const choices = await db('notification_preferences')
    .whereIn('user_id', [...userIds])
    .select('user_id', 'purpose_class', 'channel', 'enabled');
  for (const row of choices)
    result.get(Number(row.user_id))?.choices.push({ purposeClass: row.purpose_class, channel: row.channel, enabled: Boolean(row.enabled) });
  const quiet = await db('notification_quiet_hours')
    .whereIn('user_id', [...userIds])
    .select('user_id', 'channel', 'starts_at', 'ends_at');
  for (const row of quiet)
    result.get(Number(row.user_id))?.quietHours.push({
      channel: row.channel,
      hours: row.starts_at && row.ends_at ? { start: row.starts_at, end: row.ends_at } : null,
    });
  return result;
}

/** Replaces the given choices and quiet hours of one person (others stay as they were). */
export async function savePreferences(
  db: Db,
  userId: number,
  change: {
    choices: { purposeClass: string; channel: string; enabled: boolean }[];
    quietHours: { channel: string; hours: QuietHours | null }[];
  },
  at: string,
): Promise<void> {
  await db.transaction(async (trx) => {
    for (const choice of change.choices)
      await trx('notification_preferences')
        .insert({ user_id: userId, purpose_class: choice.purposeClass, channel: choice.channel, enabled: choice.enabled, updated_at: at })
        .onConflict(['user_id', 'purpose_class', 'channel'])
        .merge(['enabled', 'updated_at']);
    for (const quiet of change.quietHours)
      await trx('notification_quiet_hours')
        .insert({
          user_id: userId,
          channel: quiet.channel,
          starts_at: quiet.hours?.start ?? null,
          ends_at: quiet.hours?.end ?? null,
          updated_at: at,
        })
        .onConflict(['user_id', 'channel'])
        .merge(['starts_at', 'ends_at', 'updated_at']);
  });
}

/** The role of each of `userIds` that has an account. */
export async function userRoles(db: Db, userIds: readonly number[]): Promise<Map<number, Role>> {
  if (!userIds.length) return new Map();
  const rows: { id: number; role: string }[] = await db('users')
    .whereIn('id', [...userIds])
    .select('id', 'role');
  return new Map(rows.map((u) => [Number(u.id), u.role as Role]));
}
