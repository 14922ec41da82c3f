// What is wrong with JSON an administrator wrote (a definition's envelope, its process params), in the reader's
// language: AJV's own English names the pattern or the allowed values, which an IT reader wants, but a Chinese admin
// got "must match pattern "^\s*(?:[Ee]nd…" for a time limit. A time limit, a duration or an offset is told by the
// grammar's examples in both languages; other keywords are said in Chinese for a Chinese reader, AJV's words in English.
import type { RJSFValidationError } from '@rjsf/utils';
import { DURATION_PATTERN, OFFSET_PATTERN, SLA_PATTERN } from '#core/domain/duration';
import type { Locale } from '#core/domain/locale';

const GRAMMAR_WORDS: Record<string, Record<Locale, string>> = {
  [SLA_PATTERN]: {
    'zh-CN': '时限的写法不对：请写如“4 小时”“30 分钟”“当天办结”“2 个工作日”',
    en: 'Write the time limit like "4 hours", "30 minutes", "end of day" or "2 working days"',
  },
  [DURATION_PATTERN]: {
    'zh-CN': '时长的写法不对：请写大于零的时长，如“4 小时”“30 分钟”“1 天”',
    en: 'Write a duration above zero, like "4 hours", "30 minutes" or "1 day"',
  },
  [OFFSET_PATTERN]: {
    'zh-CN': '时长的写法不对：请写如“0 分钟”“2 小时”“1 天”',
    en: 'Write a duration like "0 minutes", "2 hours" or "1 day"',
  },
};

const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '是或否',
  object: '一组设置',
  array: '列表',
  null: '空',
};

type Params = Record<string, unknown>;
const list = (values: unknown) => (Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join('、') : '');

const ZH: Record<string, (p: Params) => string> = {
  required: (p) => `缺少必填的“${String(p.missingProperty)}”`,
  type: (p) =>
    `应为${String(p.type)
      .split(',')
      .map((t) => TYPE_ZH[t] ?? t)
      .join('或')}`,
  enum: (p) => `应为以下之一：${list(p.allowedValues)}`,
  const: (p) => `应为 ${JSON.stringify(p.allowedValue)}`,
  additionalProperties: (p) => `不认识的设置“${String(p.additionalProperty)}”，请删除或改正`,
  oneOf: () => '不符合任何一种允许的写法',
  anyOf: () => '不符合任何一种允许的写法',
  minItems: (p) => `至少要有 ${String(p.limit)} 项`,
  maxItems: (p) => `最多 ${String(p.limit)} 项`,
  minLength: (p) => `至少 ${String(p.limit)} 个字`,
  maxLength: (p) => `最多 ${String(p.limit)} 个字`,
  minimum: (p) => `不能小于 ${String(p.limit)}`,
  maximum: (p) => `不能大于 ${String(p.limit)}`,
  exclusiveMinimum: (p) => `应大于 ${String(p.limit)}`,
  exclusiveMaximum: (p) => `应小于 ${String(p.limit)}`,
  uniqueItems: () => '列表中有重复的项',
  pattern: (p) => `格式不对，应符合 ${String(p.pattern)}`,
  format: (p) => `格式不对，应为 ${String(p.format)}`,
};

/** One AJV error about an administrator's JSON, in `locale`. */
export function technicalMessage(error: RJSFValidationError, locale: Locale): string {
  const params = (error.params ?? {}) as Params;
  const grammar = error.name === 'pattern' ? GRAMMAR_WORDS[String(params.pattern)] : undefined;
  if (grammar) return grammar[locale];
  const fallback = error.message ?? error.stack;
  if (locale === 'en') return fallback;
  return ZH[error.name ?? '']?.(params) ?? fallback;
}
