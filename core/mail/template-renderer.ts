// Renders Handlebars email templates: the shipped files in templates/email/<name>/<locale>.<part>.hbs, or an
// admin-edited copy of them passed in as source. HTML is escaped; subject and text are plain text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Locale, LocalizedText } from '../domain/locale';
import { datetimeHelper } from './datetime-helper';
import { localDateHelper } from './local-date-helper';
import { forbiddenConstructs } from './template-constructs';
import { templateParseMessage, templateRenderMessage } from './template-error-message';
import { unknownVariableMessages } from './unknown-variable-message';

/** A rendered message body. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The three template texts of one template in one language. */
export type TemplateSource = RenderedEmail;

/** Raised when a template or one of its parts is missing; retrying cannot help. */
export class TemplateMissingError extends Error {
  override readonly name = 'TemplateMissing';
}

const TEMPLATES_DIR = new URL('../../templates/email/', import.meta.url);
/** The parts of a template, in the order admins see them. */
export const TEMPLATE_PARTS = ['subject', 'html', 'text'] as const;
type Part = (typeof TEMPLATE_PARTS)[number];
// Admins' previews compile a new text on every click; the cache keeps the most recent ones only.
const CACHE_LIMIT = 200;

/** A problem with one part of an edited template, at `/subject`, `/html` or `/text`. */
export interface TemplateProblem {
  path: string;
  message: LocalizedText;
}

/** Creates a renderer that formats times in `timeZone`; compiled templates are cached per process by their text. */
export function createTemplateRenderer(timeZone: string, dir: URL = TEMPLATES_DIR) {
  const hbs = Handlebars.create();
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  hbs.registerHelper('datetime', datetimeHelper(timeZone));
  hbs.registerHelper('localdate', localDateHelper(timeZone));

  function compiled(text: string, part: Part): HandlebarsTemplateDelegate {
    const id = `${part}\0${text}`;
    let template = cache.get(id);
    if (!template) {
      // Only HTML is escaped; in subject and text, escaping would show entities to the reader.
      template = hbs.compile(text, { noEscape: part !== 'html', strict: false });
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(id, template);
    }
    return template;
  }

  function shipped(name: string, locale: Locale): TemplateSource {
    if (!/^[a-z0-9-]{1,64}$/.test(name)) throw new TemplateMissingError(`email template name "${name}" is not valid`);
    const read = (part: Part) => {
      const file = new URL(`${name}/${locale}.${part}.hbs`, dir);
      if (!existsSync(file)) throw new TemplateMissingError(`email template ${name}/${locale}.${part}.hbs not found`);
      return readFileSync(file, 'utf8');
    };
    return { subject: read('subject'), html: read('html'), text: read('text') };
  }

  // `provided` is what the purpose gives every message; `context` may replace some of its values (a preview's).
  function checkPart(text: string, part: Part, provided: Record<string, unknown>, context: Record<string, unknown>): LocalizedText[] {
    let ast: ReturnType<typeof hbs.parse>;
    try {
      ast = hbs.parse(text);
    } catch (error) {
      return [templateParseMessage(error, text)];
    }
    const helperNames = new Set(Object.keys(hbs.helpers));
    const forbidden = forbiddenConstructs(ast, part, helperNames);
    if (forbidden.length) return forbidden;
    // Handlebars prints nothing for a variable the data lacks: a misspelt name would go out as a gap in real mail.
    const unknown = unknownVariableMessages(ast, provided, helperNames);
    if (unknown.length) return unknown;
    try {
      compiled(text, part)(context);
      return [];
    } catch (error) {
      return [templateRenderMessage(error)];
    }
  }

  return {
    /** The shipped template texts; throws TemplateMissingError for an unknown name. */
    shipped,
    /** Names of every shipped template. */
    names(): string[] {
      return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && /^[a-z0-9-]{1,64}$/.test(entry.name))
        .map((entry) => entry.name)
        .sort();
    },
    /** Renders all three parts, from `source` when given (an admin's copy), else from the shipped files. */
    render(name: string, locale: Locale, data: Record<string, unknown>, source?: TemplateSource): RenderedEmail {
      const texts = source ?? shipped(name, locale);
      const context = { ...data, locale };
      return {
        // A subject is one header line, however the template was laid out.
        subject: compiled(
          texts.subject,
          'subject',
        )(context)
          .replace(/\s*[\r\n]+\s*/g, ' ')
          .trim(),
        html: compiled(texts.html, 'html')(context),
        text: compiled(texts.text, 'text')(context),
      };
    },
    /**
     * Why an edited copy may not be saved, previewed or test-sent: syntax errors, forbidden constructs, variables the
     * purpose's `sample` does not have, failures rendering with `data` (the sample, or a preview's version of it).
     */
    check(
      source: TemplateSource,
      sample: Record<string, unknown>,
      locale: Locale,
      data: Record<string, unknown> = sample,
    ): TemplateProblem[] {
      return TEMPLATE_PARTS.flatMap((part) =>
        checkPart(source[part], part, { ...sample, locale }, { ...data, locale }).map((message) => ({ path: `/${part}`, message })),
      );
    },
  };
}

/** The renderer's interface, for injection. */
export type TemplateRenderer = ReturnType<typeof createTemplateRenderer>;
