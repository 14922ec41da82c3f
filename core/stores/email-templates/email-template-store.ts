// Admins' edited copies of the email templates: one row per template and language, absent while the shipped text applies.
import type { Db } from '../db-types';
import type { Locale } from '../../domain/locale';
import type { TemplateSource } from '../../mail/template-renderer';

/** An edited copy with who saved it and when. */
export interface EditedCopy extends TemplateSource {
  updatedAt: string;
  updatedBy: string | null;
}

/** The edited copy of one template in one language, or null when the shipped text applies. */
export async function findEditedCopy(db: Db, name: string, locale: Locale): Promise<EditedCopy | null> {
  const row = await db('email_templates as t')
    .leftJoin('users as u', 'u.id', 't.updated_by')
    .where({ 't.name': name, 't.locale': locale })
    .first('t.subject', 't.html', 't.text', 't.updated_at', 'u.display_name');
  return row
    ? { subject: row.subject, html: row.html, text: row.text, updatedAt: row.updated_at, updatedBy: row.display_name ?? null }
    : null;
}

/** The edited copy's text alone (what a send renders), or undefined when the shipped text applies. */
export async function editedSource(db: Db, name: string, locale: Locale): Promise<TemplateSource | undefined> {
  const row: TemplateSource | undefined = await db('email_templates').where({ name, locale }).first('subject', 'html', 'text');
  return row ? { subject: row.subject, html: row.html, text: row.text } : undefined;
}

/** When each template was last edited, by name and language; templates never edited are absent. */
export async function editedSince(db: Db): Promise<Map<string, string>> {
  const rows = await db('email_templates').select('name', 'locale', 'updated_at');
  return new Map(rows.map((row) => [`${row.name}/${row.locale}`, String(row.updated_at)]));
}

/** Saves (inserts or replaces) the edited copy. */
export async function saveEditedCopy(
  db: Db,
  name: string,
  locale: Locale,
  source: TemplateSource,
  userId: number,
  at: Date,
): Promise<void> {
  await db('email_templates')
    .insert({
      name,
      locale,
      subject: source.subject,
      html: source.html,
      text: source.text,
      updated_by: userId,
      updated_at: at.toISOString(),
    })
    .onConflict(['name', 'locale'])
    .merge();
}

/** Removes the edited copy so the shipped text applies again; true when there was one. */
export async function deleteEditedCopy(db: Db, name: string, locale: Locale): Promise<boolean> {
  return (await db('email_templates').where({ name, locale }).delete()) > 0;
}
