// Admin-editable settings with typed defaults; stored as JSON per key.
import type { Knex } from 'knex';
import { fromJson, toJson } from '../db';

/** Every setting with its default. */
export const SETTING_DEFAULTS = {
  /** "Bureau leaders each claim five enterprises" (000 §III.1). */
  maxEnterprisesPerCadre: 5,
} as const;

/** The settings object. */
export type Settings = { -readonly [K in keyof typeof SETTING_DEFAULTS]: (typeof SETTING_DEFAULTS)[K] extends number ? number : never };

/** Reads all settings, filling in defaults for keys never saved. */
export async function readSettings(db: Knex): Promise<Settings> {
  // Only the keys listed here: other modules keep their own parameters in this table (evaluation weights).
  const rows = await db('settings').whereIn('key', Object.keys(SETTING_DEFAULTS)).select('key', 'value');
  const stored = Object.fromEntries(rows.map((row) => [row.key, fromJson(row.value)]));
  return { ...SETTING_DEFAULTS, ...stored } as Settings;
}

/** Saves some settings. */
export async function writeSettings(db: Knex, changes: Partial<Settings>, now = new Date()): Promise<void> {
  for (const [key, value] of Object.entries(changes)) {
    await db('settings')
      .insert({ key, value: toJson(value), updated_at: now.toISOString() })
      .onConflict('key')
      .merge();
  }
}
