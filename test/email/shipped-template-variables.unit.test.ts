// Every shipped text passes the editor's checks with its purpose's sample data — each email part, robot markdown and
// SMS text, in both languages — so no variable a shipped template reads is missing from what the editor offers, and
// saving a shipped text unchanged is never refused.
import { readdirSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '#core/domain/locale';
import { sampleDataFor, SAMPLE_DATA } from '#core/mail/sample-data';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { unknownVariables } from '#core/mail/template-variables';
import { createMarkdownRenderer, sampleLinks } from '#core/notify/markdown-renderer';
import { createSmsRenderer } from '#core/notify/sms-renderer';

const DIR = new URL('../../templates/email/', import.meta.url);
const email = createTemplateRenderer('Asia/Shanghai');
const markdown = createMarkdownRenderer('Asia/Shanghai');
const sms = createSmsRenderer('Asia/Shanghai');
const HELPERS = new Set([...Object.keys(Handlebars.helpers), 'datetime']);

const FILES = email.names().flatMap((purpose) =>
  readdirSync(new URL(`${purpose}/`, DIR))
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => [purpose, file] as const),
);

describe('shipped templates and the variables their purposes provide', () => {
  it('covers every purpose, each with sample data of its own', () => {
    expect(FILES.length).toBeGreaterThan(100);
    for (const purpose of email.names()) expect(Object.hasOwn(SAMPLE_DATA, purpose), purpose).toBe(true);
  });

  it.each(FILES)('%s/%s reads only variables its purpose provides', (purpose, file) => {
    const [, locale, part] = /^(zh-CN|en)\.(subject|html|text|markdown|sms)\.hbs$/.exec(file) ?? [];
    expect(LOCALES, file).toContain(locale);
    const lang = locale as (typeof LOCALES)[number];
    const sample = sampleDataFor(purpose, lang);
    const text =
      part === 'markdown'
        ? markdown.shipped(purpose, lang)
        : part === 'sms'
          ? sms.shipped(purpose, lang)
          : email.shipped(purpose, lang)[part as 'subject'];
    const provided = { ...sample, locale: lang, ...(part === 'markdown' ? { links: sampleLinks() } : {}) };
    expect(unknownVariables(Handlebars.parse(text), provided, HELPERS)).toEqual([]);
  });

  it.each(email.names().flatMap((purpose) => LOCALES.map((locale) => [purpose, locale] as const)))(
    '%s (%s) passes the checks of a save on every channel',
    (purpose, locale) => {
      const sample = sampleDataFor(purpose, locale);
      expect(email.check(email.shipped(purpose, locale), sample, locale)).toEqual([]);
      if (markdown.has(purpose, locale)) expect(markdown.check(markdown.shipped(purpose, locale), sample, locale)).toEqual([]);
      if (sms.has(purpose, locale)) expect(sms.checkStrict(sms.shipped(purpose, locale), sample, locale)).toEqual([]);
    },
  );
});
