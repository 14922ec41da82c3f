// Admins' edited copies of a purpose's other channels: the group-robot markdown (`robot_templates`, column `markdown`)
// and the SMS text (`sms_templates`, column `text`). One row per purpose and language, absent while the shipped file
// applies; the notice activity reads the copy, the template routes read, save and delete it.
import type { Locale } from '../../domain/locale';
import type { Db } from '../db-types';

/** Where a channel's copies are kept: the table and the column holding the text. */
export type ChannelTemplateTable = { table: 'robot_templates'; field: 'markdown' } | { table: 'sms_templates'; field: 'text' };

/** The robot channel's copies. */
export const ROBOT_TEMPLATES: ChannelTemplateTable = { table: 'robot_templates', field: 'markdown' };
/** The SMS channel's copies. */
export const SMS_TEMPLATES: ChannelTemplateTable = { table: 'sms_templates', field: 'text' };

/** An edited copy and when it was saved. */
export interface ChannelTemplateCopy {
  text: string;
  updatedAt: string;
}

/** The edited copy of one purpose in one language, or undefined while the shipped file applies. */
export async function findChannelTemplate(
  db: Db,
  where: ChannelTemplateTable,
  name: string,
  locale: Locale,
): Promise<ChannelTemplateCopy | undefined> {
  const row: Record<string, unknown> | undefined = await db(where.table).where({ name, locale }).first(where.field, 'updated_at');
  return row ? { text: String(row[where.field]), updatedAt: String(row.updated_at) } : undefined;
}

/** The text of the edited copy alone (what a send renders), or undefined. */
export async function channelTemplateText(db: Db, where: ChannelTemplateTable, name: string, locale: Locale): Promise<string | undefined> {
  const row: Record<string, unknown> | undefined = await db(where.table).where({ name, locale }).first(where.field);
  return row ? String(row[where.field]) : undefined;
}

/** Saves (inserts or replaces) the edited copy. */
export async function saveChannelTemplate(
  db: Db,
  where: ChannelTemplateTable,
  copy: { name: string; locale: Locale; text: string },
  userId: number,
  at: string,
): Promise<void> {
  await db(where.table)
    .insert({ name: copy.name, locale: copy.locale, [where.field]: copy.text, updated_by: userId, updated_at: at })
    .onConflict(['name', 'locale'])
    .merge();
}

/** Removes the edited copy so the shipped file applies again. */
export async function deleteChannelTemplate(db: Db, where: ChannelTemplateTable, name: string, locale: Locale): Promise<void> {
  await db(where.table).where({ name, locale }).delete();
}
