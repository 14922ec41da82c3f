// The `settings` table: admin-editable parameters stored as JSON per key. Each module owns its keys and their defaults
// (core/org/settings.ts, the evaluation weights); the store only reads and writes values.
import { fromJson, toJson } from '../db';
import type { Db } from './db-types';

/** The stored values of `keys`, parsed from JSON; a key never saved is absent. */
export async function readSettingValues(db: Db, keys: readonly string[]): Promise<Map<string, unknown>> {
  const rows: { key: string; value: unknown }[] = await db('settings').whereIn('key', keys).select('key', 'value');
  return new Map(rows.map((row) => [row.key, fromJson(row.value)]));
}

/** Saves one setting (as JSON), replacing the value stored before. */
export async function saveSetting(db: Db, key: string, value: unknown, now: Date): Promise<void> {
  await db('settings')
    .insert({ key, value: toJson(value), updated_at: now.toISOString() })
    .onConflict('key')
    .merge();
}
