// What the language scan (test/browser/language-scan.test.ts) checks on every page: the text a person sees, read
// from the page, and the rules it must keep. The Chinese UI shows no English word, the English UI no Chinese outside
// the user's own data, and neither shows the engine's inside: dictionary keys, field or enum names, UUIDs or JSON.
import type { Page } from 'playwright-core';
import type { RJSFSchema } from '@rjsf/utils';
import { FINAL_SUBMISSION_STATUSES } from '#core/domain/submission-status';
import { TASK_ACTIONS, TASK_STATUSES } from '#core/domain/human-task';
import { DIFFICULTY_CATEGORIES, ENTERPRISE_TYPES, PROJECT_STATUSES, ROLES, WORKING_GROUPS } from '#core/org/org-types';
import { readShippedForms } from '#forms/shipped-forms';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';

/** One piece of text as the page shows it; `data` when it sits in an element marked `data-user-data`. */
export interface SeenText {
  text: string;
  data: boolean;
}

/** A rule a text broke. */
export interface LanguageProblem {
  rule: 'english-in-zh' | 'chinese-in-en' | 'raw-key' | 'uuid' | 'json';
  text: string;
}

/**
 * The words the Chinese UI may show in Latin letters, each for a reason: the product's brand, the name of the other
 * language in the language switch, file formats and technical names an administrator types or downloads as such.
 */
export const ZH_ALLOWED_WORDS: ReadonlySet<string> = new Set([
  'Fugong', // the brand
  'English', // the language switch names each language in itself
  'JSON', // the form editor edits JSON Schema as such
  'Schema',
  'uiSchema',
  'SLA', // a term the notice itself uses for time limits
  'Excel', // export formats
  'CSV',
  'XLSX',
  'PDF',
  'PNG',
  'JPG',
  'JPEG',
  'ID', // the personal-data notice names resident ID numbers so
  'Handlebars', // the email template editor's template language
  'HTML',
  'UTF', // text encodings of an import file (UTF-8, GBK)
  'GBK',
  'kg', // units
  'km',
  'ml',
  'KB',
  'MB',
]);

/** Chinese the English UI may show outside user data: the language switch names Chinese in Chinese. */
export const EN_ALLOWED_CHINESE: readonly string[] = ['中文'];

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const JSON_TEXT = /[{[]\s*"[^"\n]*"\s*:|"[A-Za-z_]\w*"\s*:\s*["{[\d tfn]/;
// Things in Latin letters that are not words of a sentence: addresses, case numbers, template snippets.
const NOT_WORDS = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // e-mail addresses
  /https?:\/\/\S+/g, // URLs
  /\b[A-Z]{2,4}-\d{8}-\d{4}\b/g, // case numbers (KN-20261204-0007)
  /\{\{[^}]*\}\}/g, // template syntax quoted in help texts
];
// A run of two or more letters that touches no digit: credit codes and plate numbers are not words.
const WORD = /(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])/g;
const CAMEL_CASE = /(?<![A-Za-z0-9])[a-z]+[A-Z][A-Za-z]*(?![A-Za-z0-9])/g;
const SNAKE_CASE = /(?<![A-Za-z0-9_])[a-z]+(?:_[a-z]+)+(?![A-Za-z0-9_])/g;
const DICTIONARY_KEY = /(?<![@\w.-])[a-z][a-zA-Z]+(?:\.[a-z][a-zA-Z-]+)+(?![\w@-])/g;
const DICTIONARY_KEYS = new Set(Object.keys(DICTIONARIES['zh-CN']));
// Names of stored fields that a page printed next to their values (`decidedBy 7`, `status settled`).
const FIELD_NAMES = ['decidedBy', 'roundId', 'punctuality', 'amends', 'status', 'stage', 'action', 'outcome', 'category'];

function choiceValues(node: unknown, into: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as RJSFSchema;
  if (typeof schema.const === 'string') into.add(schema.const);
  for (const value of Array.isArray(schema.enum) ? schema.enum : []) if (typeof value === 'string') into.add(value);
  for (const child of Object.values(node)) choiceValues(child, into);
}

/** Stored values that must never show as such: statuses, roles, categories, actions and every choice of a shipped form. */
export function knownValues(): ReadonlySet<string> {
  const values = new Set<string>([
    ...FINAL_SUBMISSION_STATUSES,
    ...TASK_ACTIONS,
    ...TASK_STATUSES,
    ...ROLES,
    ...ENTERPRISE_TYPES,
    ...PROJECT_STATUSES,
    ...WORKING_GROUPS.map((group) => group.key),
    ...DIFFICULTY_CATEGORIES.map((category) => category.key),
    ...['received', 'running', 'returned', 'on_time', 'late', 'missed', 'expected', 'draft', 'published', 'retired', 'queued', 'sent'],
  ]);
  for (const form of readShippedForms()) choiceValues([form.schema, form.process.params], values);
  return values;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of `text` that is not an allowed non-word (e-mail, URL, case number, template syntax). */
function withoutNonWords(text: string): string {
  return NOT_WORDS.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/** The rules' verdict on what one page shows in one language; `userData` is text users wrote (names, reports). */
export function languageProblems(
  seen: readonly SeenText[],
  locale: 'zh-CN' | 'en',
  options: { userData: readonly string[]; values: ReadonlySet<string> },
): LanguageProblem[] {
  const problems: LanguageProblem[] = [];
  const userData = [...options.userData, ...EN_ALLOWED_CHINESE]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(
      (name) =>
        new RegExp(
          `${/^[A-Za-z0-9]/.test(name) ? '(?<![A-Za-z0-9-])' : ''}${escape(name)}${/[A-Za-z0-9]$/.test(name) ? '(?![A-Za-z0-9-])' : ''}`,
          'g',
        ),
    );
  const keyValue = new RegExp(`\\b(${FIELD_NAMES.join('|')})\\b\\s*[:：›]?\\s*([a-z][a-z_-]+)\\b`, 'gi');
  for (const { text, data } of seen) {
    const add = (rule: LanguageProblem['rule']) => problems.push({ rule, text });
    if (UUID.test(text)) add('uuid');
    if (JSON_TEXT.test(text)) add('json');
    if (data) continue;
    // What the page itself says: the text less what users wrote (names, addresses, reports) and allowed non-words.
    const words = withoutNonWords(userData.reduce((left, name) => left.replace(name, ' '), text));
    const rawKeys =
      [...words.matchAll(DICTIONARY_KEY)].some((m) => DICTIONARY_KEYS.has(m[0]) || !/\.(local|com|cn|org|net|io)$/.test(m[0])) ||
      [...words.matchAll(CAMEL_CASE)].some((m) => !ZH_ALLOWED_WORDS.has(m[0])) ||
      [...words.matchAll(SNAKE_CASE)].length > 0 ||
      options.values.has(words.trim()) ||
      [...words.matchAll(keyValue)].some((m) => options.values.has(m[2]!));
    if (rawKeys) add('raw-key');
    if (locale === 'zh-CN' && [...words.matchAll(WORD)].some((m) => !ZH_ALLOWED_WORDS.has(m[0]))) add('english-in-zh');
    if (locale === 'en' && HAN.test(words)) add('chinese-in-en');
  }
  return problems;
}

/**
 * The text a person sees on the page now: visible text nodes (of a `<select>`, the chosen option only), placeholders
 * and the labels of input buttons. Text inside an element marked `data-user-data`, or marked with a `lang` other than
 * the page's, comes flagged as user data; text
 * in `<code>` (or marked `data-literal`) is a code shown as such on purpose and is left out.
 */
export async function seenTexts(page: Page): Promise<SeenText[]> {
  return page.evaluate(() => {
    const seen: { text: string; data: boolean }[] = [];
    const visible = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    // User data, or text marked as written in the other language on purpose (`lang`, as a title's other version).
    const isData = (element: Element) => {
      const marked = element.closest('[lang]');
      const foreign =
        marked !== null && marked !== document.documentElement && marked.getAttribute('lang') !== document.documentElement.lang;
      return foreign || Boolean(element.closest('[data-user-data]'));
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('script, style, noscript, template, textarea')) continue;
      const option = element.closest('option');
      if (option && !option.selected) continue;
      if (!visible(option ? (option.closest('select') ?? element) : element)) continue;
      // A stored code or id shown on purpose as it is (the audit log's record, a CSV column name) is no sentence.
      if (element.closest('code, kbd, samp, [data-literal]')) continue;
      seen.push({ text, data: isData(element) });
    }
    for (const input of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (!visible(input)) continue;
      if (input.placeholder) seen.push({ text: input.placeholder, data: false });
      if (input instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(input.type) && input.value)
        seen.push({ text: input.value, data: false });
    }
    return seen;
  });
}
