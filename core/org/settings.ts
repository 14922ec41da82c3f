// Admin-editable settings with typed defaults; stored as JSON per key.
import { readSettingValues, saveSetting } from '../stores/settings-store';
import type { Db } from '../stores/db-types';

/** Every setting with its default. */
export const SETTING_DEFAULTS = {
  /** "Bureau leaders each claim five enterprises" (000 §III.1). */
  maxEnterprisesPerCadre: 5,
} as const;

/** The settings object. */
export type Settings = { -readonly [K in keyof typeof SETTING_DEFAULTS]: (typeof SETTING_DEFAULTS)[K] extends number ? number : never };

/** Reads all settings, filling in defaults for keys never saved. */
export async function readSettings(db: Db): Promise<Settings> {
  // Only the keys listed here: other modules keep their own parameters in this table (evaluation weights).
  const stored = await readSettingValues(db, Object.keys(SETTING_DEFAULTS));
  return { ...SETTING_DEFAULTS, ...Object.fromEntries(stored) } as Settings;
}

/** Saves some settings. */
export async function writeSettings(db: Db, changes: Partial<Settings>, now = new Date()): Promise<void> {
  for (const [key, value] of Object.entries(changes)) await saveSetting(db, key, value, now);
}
