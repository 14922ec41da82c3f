// Renders a text message: templates/email/<purpose>/<locale>.sms.hbs beside the purpose's email and robot parts (one
// folder per purpose, one file per channel), with the same hardening as an admin's email template. An SMS is plain
// text: no markup to escape, but user text loses its line breaks and control characters, and the whole message is
// cut to one SMS — 70 characters including the provider's 【signature】 (longer texts are billed and split as several).
import { existsSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Locale } from '../domain/locale';
import { forbiddenConstructs } from '../mail/template-constructs';
import { TemplateMissingError } from '../mail/template-renderer';

const TEMPLATES_DIR = new URL('../../templates/email/', import.meta.url);
const PURPOSE = /^[a-z0-9-]{1,64}$/;

/** Characters in one SMS of Chinese text, signature included. */
export const SMS_CHARACTERS = 70;

/** The characters left for the text once the provider adds `【signName】`. */
export function smsBudget(signName: string | undefined): number {
  return SMS_CHARACTERS - (signName ? [...signName].length + 2 : 0);
}

function flatten(value: unknown): unknown {
  // eslint-disable-next-line no-control-regex
  if (typeof value === 'string') return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  if (Array.isArray(value)) return value.map(flatten);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, flatten(inner)]));
  return value;
}

/** `text` cut to `budget` characters (code points), with an ellipsis when cut. */
export function fitSms(text: string, budget: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= budget ? chars.join('') : `${chars.slice(0, budget - 1).join('')}…`;
}

/** Creates a renderer formatting times in `timeZone` and cutting texts to `budget` characters. */
export function createSmsRenderer(timeZone: string, budget: number = SMS_CHARACTERS, dir: URL = TEMPLATES_DIR) {
  const hbs = Handlebars.create();
  // Short forms: an SMS has no room for a year or seconds.
  hbs.registerHelper('datetime', (iso: unknown, locale: unknown) => {
    const date = new Date(String(iso));
    if (Number.isNaN(date.getTime())) return String(iso ?? '');
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone,
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(date);
  });
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  const file = (purpose: string, locale: Locale) => new URL(`${purpose}/${locale}.sms.hbs`, dir);

  function compiled(text: string): HandlebarsTemplateDelegate {
    let template = cache.get(text);
    if (!template) {
      const problems = forbiddenConstructs(hbs.parse(text), 'text', new Set(Object.keys(hbs.helpers)));
      if (problems.length) throw new TemplateMissingError(`SMS template refused: ${problems[0]!.en}`);
      template = hbs.compile(text, { noEscape: true, strict: false });
      cache.set(text, template);
    }
    return template;
  }

  return {
    /** Whether the purpose has an SMS template in `locale`. */
    has(purpose: string, locale: Locale): boolean {
      return PURPOSE.test(purpose) && existsSync(file(purpose, locale));
    },
    /** The purpose's text for `data`, at most `budget` characters. */
    render(purpose: string, locale: Locale, data: Record<string, unknown>): string {
      if (!PURPOSE.test(purpose)) throw new TemplateMissingError(`template name "${purpose}" is not valid`);
      if (!existsSync(file(purpose, locale))) throw new TemplateMissingError(`SMS template ${purpose}/${locale}.sms.hbs not found`);
      const context = { ...(flatten(data) as Record<string, unknown>), locale };
      return fitSms(compiled(readFileSync(file(purpose, locale), 'utf8'))(context), budget);
    },
  };
}

/** The renderer's interface, for injection. */
export type SmsRenderer = ReturnType<typeof createSmsRenderer>;
