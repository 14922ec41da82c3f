// What a preview may put in place of the sample values. A text variable takes the admin's own words, to see how a long
// name or odd characters such as <script> come out. A yes/no variable, written as a branch ({{#if paused}} … {{else}} …
// {{/if}}), takes yes or no, so each branch can be read before it is sent: the publicity's 暂停公示 text only shows with
// `paused` on. A word there would do no such thing — Handlebars takes the text "false" as yes — so a yes/no variable
// takes only true or false, and only a yes/no variable does. Lists stay sample data. Every preview of a purpose takes
// them: the email parts (email-template-routes.ts), and the group-robot and SMS texts (channel-template-routes.ts),
// whose branches (a quarantine's start, a missed check-in) are yes/no variables too.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import type { FieldError } from '#forms/form-validator';
import { invalidBody } from '../route-contract';

/** The `data` of a preview body: up to 30 replaced values, each a text or a yes/no. */
export const PREVIEW_DATA: RJSFSchema = {
  type: 'object',
  maxProperties: 30,
  propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' },
  // maxLength applies to the texts only.
  additionalProperties: { type: ['string', 'boolean'], maxLength: 2000 },
};

const flagOnly = (name: string, locale: Locale) =>
  locale === 'en'
    ? `"${name}" is a yes/no variable: give true (yes) or false (no)`
    : `「${name}」是“是/否”变量，只能取 true（是）或 false（否）`;
const textOnly = (name: string, locale: Locale) =>
  locale === 'en' ? `"${name}" is not a yes/no variable: give it text` : `「${name}」不是“是/否”变量，只能填文字`;

/** Each replaced value of the wrong kind for its variable in `sample`, at `/data/<name>`, in the reader's language. */
export function previewDataProblems(sample: Record<string, unknown>, data: Record<string, unknown>, locale: Locale): FieldError[] {
  return Object.entries(data).flatMap(([name, value]) => {
    const flag = typeof sample[name] === 'boolean';
    if (flag === (typeof value === 'boolean')) return [];
    return [{ path: `/data/${name}`, message: flag ? flagOnly(name, locale) : textOnly(name, locale) }];
  });
}

/** What a preview renders with: `sample` with the admin's replaced values in `data` over it. A value of the wrong kind
 * for its variable is refused (422 at `/data/<name>`, in the reader's language); the sample's variables stay what the
 * template is checked against. */
export function previewValues(
  sample: Record<string, unknown>,
  data: Record<string, unknown> = {},
  locale: Locale,
): Record<string, unknown> {
  const wrongKind = previewDataProblems(sample, data, locale);
  if (wrongKind.length) throw invalidBody(wrongKind);
  return { ...sample, ...data };
}
