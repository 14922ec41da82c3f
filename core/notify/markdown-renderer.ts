// Renders the markdown a group robot posts: templates/email/<purpose>/<locale>.markdown.hbs beside the purpose's email
// parts (one folder per purpose, one file per channel). Data is escaped for markdown before it reaches the template;
// links are built by Fugong from its public URL and passed apart, so no user text can become a link. An admin's edited
// copy (robot_templates, web/server/email/channel-template-routes.ts) is passed in as `source` and checked before saving
// with the email templates' hardening plus strict mode: no unknown variable, no partial, no prototype walk.
import { existsSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Locale, LocalizedText } from '../domain/locale';
import { datetimeHelper } from '../mail/datetime-helper';
import { localDateHelper } from '../mail/local-date-helper';
import { SAMPLE_ORIGIN } from '../mail/sample-data';
import { forbiddenConstructs } from '../mail/template-constructs';
import { TemplateMissingError } from '../mail/template-renderer';
import { escapeMarkdownDeep } from './markdown-escape';
import { markdownAsPlainText } from './markdown-plain-text';
import { strictTemplateCheck } from './strict-template-check';

const TEMPLATES_DIR = new URL('../../templates/email/', import.meta.url);

/**
 * The links a check or a preview renders with — the only ones Fugong passes to a robot template — at `publicUrl` (the
 * configured PUBLIC_URL). Real messages build theirs on it (activities/notify-activities.ts, round-bulletin.ts,
 * quarantine-channel-activities.ts), so a preview shows where the group's links will really go.
 */
export function sampleLinks(publicUrl?: string): Record<string, string> {
  const base = (publicUrl || SAMPLE_ORIGIN).replace(/\/+$/, '');
  return {
    bulletin: `${base}/#/bulletins`,
    case: `${base}/#/submissions/sample`,
    task: `${base}/#/tasks/sample`,
    open: `${base}/#/tasks/sample`,
    register: `${base}/#/register`,
  };
}

/** A rendered robot message: the first line (without markup) is its title, for DingTalk's notification. */
export interface RenderedMarkdown {
  title: string;
  markdown: string;
}

// WeCom takes at most 4,096 bytes of markdown; a long list is cut, the last line (the link back) is kept.
const MAX_BYTES = 3800;

/** `text` cut to at most `max` bytes of UTF-8, at a character's end, with … when cut. */
function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let kept = '';
  for (const char of text) {
    if (Buffer.byteLength(kept + char) + 3 > max) break;
    kept += char;
  }
  return `${kept}…`;
}

function withinLimit(markdown: string): string {
  if (Buffer.byteLength(markdown) <= MAX_BYTES) return markdown;
  const lines = markdown.split('\n');
  // The link back fits in half the room; a longer last line (an edited template ending in a report's text) is cut too,
  // or the body would be cut to nothing and the loop never end.
  const last = cutToBytes(lines.pop() ?? '', MAX_BYTES / 2);
  let body = lines.join('\n');
  while (body && Buffer.byteLength(body) + Buffer.byteLength(last) + 8 > MAX_BYTES) body = body.slice(0, Math.floor(body.length * 0.9));
  return `${body}…\n\n${last}`;
}

/** Creates a renderer formatting times in `timeZone`. */
export function createMarkdownRenderer(timeZone: string, dir: URL = TEMPLATES_DIR) {
  const hbs = Handlebars.create();
  hbs.registerHelper('datetime', datetimeHelper(timeZone));
  hbs.registerHelper('localdate', localDateHelper(timeZone));
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  const strictCache = new Map<string, HandlebarsTemplateDelegate>();

  function source(purpose: string, locale: Locale): string {
    if (!/^[a-z0-9-]{1,64}$/.test(purpose)) throw new TemplateMissingError(`template name "${purpose}" is not valid`);
    const file = new URL(`${purpose}/${locale}.markdown.hbs`, dir);
    if (!existsSync(file)) throw new TemplateMissingError(`robot template ${purpose}/${locale}.markdown.hbs not found`);
    return readFileSync(file, 'utf8');
  }

  function compiled(text: string): HandlebarsTemplateDelegate {
    let template = cache.get(text);
    if (!template) {
      // The same hardening as an admin's email template: no partials, no prototype walks, no deep loops.
      const problems = forbiddenConstructs(hbs.parse(text), 'text', new Set(Object.keys(hbs.helpers)));
      if (problems.length) throw new TemplateMissingError(`robot template refused: ${problems[0]!.en}`);
      // Escaping is done on the data (for markdown), so Handlebars' HTML escaping is off.
      template = hbs.compile(text, { noEscape: true, strict: false });
      cache.set(text, template);
    }
    return template;
  }

  const contextOf = (data: Record<string, unknown>, locale: Locale, links: Record<string, string>) => ({
    ...(escapeMarkdownDeep(data) as Record<string, unknown>),
    links,
    locale,
  });

  return {
    /** The shipped markdown of a purpose; throws TemplateMissingError when it has none. */
    shipped: source,
    /** Why an edited copy may not be saved: syntax, forbidden constructs, or a variable the sample data does not have. */
    check(text: string, sample: Record<string, unknown>, locale: Locale): LocalizedText[] {
      return strictTemplateCheck(hbs, text, contextOf(sample, locale, sampleLinks()), strictCache).problems;
    },
    /** Whether the purpose has a robot template in `locale`. */
    has(purpose: string, locale: Locale): boolean {
      return /^[a-z0-9-]{1,64}$/.test(purpose) && existsSync(new URL(`${purpose}/${locale}.markdown.hbs`, dir));
    },
    /** Renders the purpose's markdown (or an admin's `edited` copy); `links` are Fugong's own URLs, put in unescaped. */
    render(
      purpose: string,
      locale: Locale,
      data: Record<string, unknown>,
      links: Record<string, string> = {},
      edited?: string,
    ): RenderedMarkdown {
      const markdown = withinLimit(compiled(edited ?? source(purpose, locale))(contextOf(data, locale, links)).trim());
      const firstLine = markdown.split('\n').find((line) => line.trim()) ?? purpose;
      // DingTalk shows the title as plain text (in the chat list and the notification): without marks or escapes.
      return { title: markdownAsPlainText(firstLine, locale).slice(0, 100), markdown };
    },
  };
}

/** The renderer's interface, for injection. */
export type MarkdownRenderer = ReturnType<typeof createMarkdownRenderer>;
