// Admin-editable settings with typed defaults; stored as JSON per key.
import type { RJSFSchema } from '@rjsf/utils';
import { readSettingValues, saveSetting } from '../stores/settings-store';
import type { Db } from '../stores/db-types';
import { VISIBLE_TEXT_PATTERN } from '#forms/validation-messages';

/** One of the campaign office's contacts (000: 联系人 吕晓雪、庄彩云，电话 66613698、66613697，邮箱): whom an
 * enterprise calls or writes to, and what for. A name or an office, and a phone or an email (or both). */
export interface CampaignContact {
  name: string;
  phone?: string;
  email?: string;
  purpose?: string;
  /** What for, in English, for English readers: typed data stays as typed, so the office may add a line of its own. */
  purposeEn?: string;
  /** This mailbox receives the liaison list (000 §III.1: "fed back to the mailbox of the Construction Market Supervision
   * Office"): at a liaison campaign's deadline, and when HQ or an admin sends it again. Needs an email. */
  liaisonList?: boolean;
}

/** The JSON Schema of the contacts list, as PUT /api/settings checks it. */
export const CAMPAIGN_CONTACTS_SCHEMA: RJSFSchema = {
  type: 'array',
  maxItems: 10,
  items: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    anyOf: [{ required: ['phone'] }, { required: ['email'] }],
    // The liaison list is mailed: a row that receives it has an address to mail it to.
    if: { properties: { liaisonList: { const: true } }, required: ['liaisonList'] },
    then: { required: ['email'] },
    properties: {
      // Something one can see: a name of zero-width characters only would show the enterprises an empty contact.
      name: { type: 'string', minLength: 1, maxLength: 60, pattern: VISIBLE_TEXT_PATTERN },
      // A landline (66613698), with area code (0531-66613698), a mobile or a hotline: digits, one '+', spaces, dashes.
      phone: { type: 'string', maxLength: 30, pattern: '^\\+?[0-9][0-9 -]{2,28}[0-9]$' },
      email: { type: 'string', maxLength: 120, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' },
      purpose: { type: 'string', maxLength: 120 },
      purposeEn: { type: 'string', maxLength: 120 },
      liaisonList: { type: 'boolean' },
    },
  },
};

/** Every setting with its default. */
export const SETTING_DEFAULTS: Settings = {
  /** "Bureau leaders each claim five enterprises" (000 §III.1). */
  maxEnterprisesPerCadre: 5,
  /** None until an administrator enters them (the demo data seeds the notice's). */
  campaignContacts: [],
};

/** The settings object. */
export interface Settings {
  maxEnterprisesPerCadre: number;
  campaignContacts: CampaignContact[];
}

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

/** The mailboxes that receive the liaison list (contacts marked for it, with an email), lower-cased, each once. */
export function liaisonListMailboxes(settings: Pick<Settings, 'campaignContacts'>): string[] {
  const emails = settings.campaignContacts.filter((c) => c.liaisonList && c.email).map((c) => c.email!.trim().toLowerCase());
  return [...new Set(emails)];
}
