// Which template a request names: a shipped one, or one an admin created. A created template reads its sample data and
// its starting text from its purpose (the shipped template whose role it plays), so previews, checks and test sends
// treat both the same way.
import type { Request } from 'express';
import type { Db } from '#core/stores/db-types';
import { LOCALES, type Locale } from '#core/domain/locale';
import { notFound } from '#core/errors';
import { TemplateMissingError, type TemplateRenderer, type TemplateSource } from '#core/mail/template-renderer';
import { requireRole } from '../access';
import { findCreatedTemplate } from '#core/stores/email-templates/created-template-store';

const TEMPLATE = { 'zh-CN': '邮件模板', en: 'Email template' };

/** The template a path names. */
export interface TemplateTarget {
  name: string;
  locale: Locale;
  /** The text a revert goes back to: the shipped file, or for a created template its purpose's shipped text. */
  shipped: TemplateSource;
  /** Whose sample data renders it: its own name when shipped, its purpose when created. */
  sampleName: string;
  /** Set for a template an admin created. */
  createdPurpose?: string;
}

function shippedOrMissing(renderer: TemplateRenderer, name: string, locale: Locale): TemplateSource | undefined {
  try {
    return renderer.shipped(name, locale);
  } catch (error) {
    if (error instanceof TemplateMissingError) return undefined;
    throw error;
  }
}

/** The template the path names (admins only), or 404 for an unknown name or language. */
export async function templateTarget(req: Request, db: Db, renderer: TemplateRenderer): Promise<TemplateTarget> {
  requireRole(req, ['admin']);
  const locale = req.params.locale as Locale;
  const name = String(req.params.name);
  if (!LOCALES.includes(locale)) throw notFound(TEMPLATE);
  const shipped = shippedOrMissing(renderer, name, locale);
  if (shipped) return { name, locale, shipped, sampleName: name };
  const created = /^[a-z0-9-]{1,64}$/.test(name) ? await findCreatedTemplate(db, name) : undefined;
  const start = created && shippedOrMissing(renderer, created.purpose, locale);
  if (!created || !start) throw notFound(TEMPLATE);
  return { name, locale, shipped: start, sampleName: created.purpose, createdPurpose: created.purpose };
}
