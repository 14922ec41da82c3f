// Templates admins created under a new name: which shipped template's purpose each one serves, who made it and when.
// Their texts are rows of email_templates, one per language, written in the same transaction as the purpose.
import type { Db } from '../db-types';
import type { TemplateRenderer } from '../../mail/template-renderer';

/** A template an admin created. */
export interface CreatedTemplate {
  name: string;
  /** The shipped template whose role (data, place in the params) this one plays. */
  purpose: string;
  createdAt: string;
}

/** Every created template, by name. */
export async function createdTemplates(db: Db): Promise<Map<string, CreatedTemplate>> {
  const rows = await db('email_template_purposes').orderBy('name').select('name', 'purpose', 'created_at');
  return new Map(rows.map((row) => [row.name, { name: row.name, purpose: row.purpose, createdAt: String(row.created_at) }]));
}

/** One created template, or undefined. */
export async function findCreatedTemplate(db: Db, name: string): Promise<CreatedTemplate | undefined> {
  const row = await db('email_template_purposes').where({ name }).first('name', 'purpose', 'created_at');
  return row ? { name: row.name, purpose: row.purpose, createdAt: String(row.created_at) } : undefined;
}

/** Records a created template's purpose. */
export async function insertCreatedTemplate(db: Db, template: { name: string; purpose: string }, userId: number, at: Date): Promise<void> {
  await db('email_template_purposes').insert({ ...template, created_by: userId, created_at: at.toISOString() });
}

/** Every template name a definition may use: the shipped ones and those admins created. */
export async function emailTemplateNames(db: Db, renderer: TemplateRenderer): Promise<Set<string>> {
  return new Set([...renderer.names(), ...(await createdTemplates(db)).keys()]);
}
