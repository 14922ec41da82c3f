// Renders a text message: templates/email/<purpose>/<locale>.sms.hbs beside the purpose's email and robot parts (one
// folder per purpose, one file per channel), with the same hardening as an admin's email template. An SMS is plain
// text: no markup to escape, but user text loses its line breaks and control characters, and the whole message is
// cut to one SMS — 70 characters including the provider's 【signature】 (longer texts are billed and split as several).
// An admin's edited copy (sms_templates, web/server/email/channel-template-routes.ts) is passed in as `edited`; saving
// it is refused when it fails the strict check or when its sample text does not fit one SMS.
import { existsSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Locale, LocalizedText } from '../domain/locale';
import { datetimeHelper } from '../mail/datetime-helper';
import { localDateHelper } from '../mail/local-date-helper';
import { forbiddenConstructs } from '../mail/template-constructs';
import { TemplateMissingError } from '../mail/template-renderer';
import { strictTemplateCheck } from './strict-template-check';

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

/** The characters (code points) `text` takes in an SMS once its blank runs are one space. */
export function smsLength(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

/** `text` cut to `budget` characters (code points), with an ellipsis when cut. */
export function fitSms(text: string, budget: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= budget ? chars.join('') : `${chars.slice(0, budget - 1).join('')}…`;
}

/** Creates a renderer formatting times in `timeZone` and cutting texts to `budget` characters. */
export function createSmsRenderer(timeZone: string, budget: number = SMS_CHARACTERS, dir: URL = TEMPLATES_DIR) {
  const hbs = Handlebars.create();
  hbs.registerHelper('datetime', datetimeHelper(timeZone, 'short'));
  hbs.registerHelper('localdate', localDateHelper(timeZone));
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

  function shipped(purpose: string, locale: Locale): string {
    if (!PURPOSE.test(purpose)) throw new TemplateMissingError(`template name "${purpose}" is not valid`);
    if (!existsSync(file(purpose, locale))) throw new TemplateMissingError(`SMS template ${purpose}/${locale}.sms.hbs not found`);
    return readFileSync(file(purpose, locale), 'utf8');
  }
  const contextOf = (data: Record<string, unknown>, locale: Locale) => ({ ...(flatten(data) as Record<string, unknown>), locale });
  const strictCache = new Map<string, HandlebarsTemplateDelegate>();

  return {
    /** The characters a text may have (the signature's room already taken). */
    budget,
    /** The shipped text of a purpose; throws TemplateMissingError when it has none. */
    shipped,
    /** Whether the purpose has an SMS template in `locale`. */
    has(purpose: string, locale: Locale): boolean {
      return PURPOSE.test(purpose) && existsSync(file(purpose, locale));
    },
    /** The strict check alone (syntax, forbidden constructs, unknown variables): what a preview must pass. */
    checkStrict(text: string, sample: Record<string, unknown>, locale: Locale): LocalizedText[] {
      return strictTemplateCheck(hbs, text, contextOf(sample, locale), strictCache).problems;
    },
    /**
     * Why an edited copy may not be saved: syntax, forbidden constructs, a variable the sample data does not have, or a
     * sample text longer than one SMS (an edit must not rely on the cut; the shipped texts fit their samples).
     */
    check(text: string, sample: Record<string, unknown>, locale: Locale): LocalizedText[] {
      const checked = strictTemplateCheck(hbs, text, contextOf(sample, locale), strictCache);
      if (checked.problems.length) return checked.problems;
      const length = smsLength(checked.rendered ?? '');
      if (length <= budget) return [];
      return [
        {
          'zh-CN': `按示例数据生成的短信有 ${length} 个字，超过了 ${budget} 个字的上限（一条短信 ${SMS_CHARACTERS} 个字，含签名），请删减`,
          en: `With the sample data the text has ${length} characters, over the limit of ${budget} (one SMS is ${SMS_CHARACTERS} characters including the signature); shorten it`,
        },
      ];
    },
    /** The purpose's text (or an admin's `edited` copy) for `data`, before the cut: what the preview measures. */
    full(purpose: string, locale: Locale, data: Record<string, unknown>, edited?: string): string {
      return compiled(edited ?? shipped(purpose, locale))(contextOf(data, locale))
        .replace(/\s+/g, ' ')
        .trim();
    },
    /** The purpose's text (or an admin's `edited` copy, checked when saved) for `data`, at most `budget` characters. */
    render(purpose: string, locale: Locale, data: Record<string, unknown>, edited?: string): string {
      return fitSms(compiled(edited ?? shipped(purpose, locale))(contextOf(data, locale)), budget);
    },
  };
}

/** The renderer's interface, for injection. */
export type SmsRenderer = ReturnType<typeof createSmsRenderer>;
