// Renders Handlebars email templates from templates/email: subject, HTML and text per locale.
import { existsSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Locale } from '../domain/locale';

/** A rendered message body. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Raised when a template or one of its parts is missing; retrying cannot help. */
export class TemplateMissingError extends Error {
  override readonly name = 'TemplateMissing';
}

const TEMPLATES_DIR = new URL('../../templates/email/', import.meta.url);

/** Creates a renderer that formats times in `timeZone`; compiled templates are cached per process. */
export function createTemplateRenderer(timeZone: string, dir: URL = TEMPLATES_DIR) {
  const hbs = Handlebars.create();
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  hbs.registerHelper('datetime', (iso: unknown, locale: unknown) => {
    const date = new Date(String(iso));
    if (Number.isNaN(date.getTime())) return String(iso ?? '');
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  });

  function compiled(name: string, locale: Locale, part: 'subject' | 'html' | 'text'): HandlebarsTemplateDelegate {
    const id = `${name}/${locale}.${part}`;
    let template = cache.get(id);
    if (!template) {
      const file = new URL(`${name}/${locale}.${part}.hbs`, dir);
      if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) throw new TemplateMissingError(`email template ${id}.hbs not found`);
      // Only HTML is escaped; subject and text are plain text, where escaping would show entities to the reader.
      template = hbs.compile(readFileSync(file, 'utf8'), { noEscape: part !== 'html', strict: false });
      cache.set(id, template);
    }
    return template;
  }

  return {
    /** Renders all three parts of a template in one locale. */
    render(name: string, locale: Locale, data: Record<string, unknown>): RenderedEmail {
      const context = { ...data, locale };
      return {
        subject: compiled(name, locale, 'subject')(context).trim(),
        html: compiled(name, locale, 'html')(context),
        text: compiled(name, locale, 'text')(context),
      };
    },
  };
}

/** The renderer's interface, for injection. */
export type TemplateRenderer = ReturnType<typeof createTemplateRenderer>;
