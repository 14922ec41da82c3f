// Validation messages written for people, in both languages, keyed by the AJV keyword that failed. The server's
// validator and the app's rjsf forms both go through forms/localize-validation-errors.ts, which picks from here.
import type { Locale } from '#core/domain/locale';

/** What a message may say about the failed check: the field's title (in the reader's language) and AJV's params. */
export interface MessageContext {
  /** The field's title, or undefined when the schema gives none. */
  title: string | undefined;
  params: Record<string, unknown>;
  /** The failing field is a list of choices (checkboxes), so "choose" reads better than "add". */
  choices: boolean;
}

type Phrase = (context: MessageContext) => string;

// Limits of ten thousand and more are grouped in threes (不能大于 10,000,000), as people write them; smaller ones stay
// as they are (500, 0.25). Both languages use the comma.
const grouped = new Intl.NumberFormat('en-US', { useGrouping: 'min2', maximumFractionDigits: 20 } as Intl.NumberFormatOptions);
const num = (value: unknown) => (typeof value === 'number' ? grouped.format(value) : String(value ?? ''));
const limitOf = (c: MessageContext) => num(c.params.limit);
const zhField = (c: MessageContext) => (c.title ? `「${c.title}」` : '此项');
/** A pattern for "at least one character one can see": `\\S`, but a zero-width space, non-joiner, joiner or word joiner
 * (U+200B–U+200D, U+2060, not white space to `\\s`, and kept by the body's clean-up) does not count either. */
export const VISIBLE_TEXT_PATTERN = '[^\\s\\u200b-\\u200d\\u2060]';
const notBlank = (c: MessageContext) => [String.raw`\S`, VISIBLE_TEXT_PATTERN].includes(String(c.params.pattern));
const enField = (c: MessageContext) => (c.title ? `“${c.title}”` : 'this field');
const items = (n: string) => (n === '1' ? 'item' : 'items');
const options = (n: string) => (n === '1' ? 'option' : 'options');
// AJV names the repeated items by index, in either order; people count from 1.
const pair = (c: MessageContext) => [Number(c.params.i) + 1, Number(c.params.j) + 1].sort((a, b) => a - b);
const chars = (n: string) => (n === '1' ? 'character' : 'characters');

/** Formats our forms use, standard and custom (core/domain/identifiers.ts), and how to ask for them. */
export const FORMAT_MESSAGES: Record<string, Record<Locale, string>> = {
  date: { 'zh-CN': '请按“年-月-日”填写日期，例如 2026-12-04', en: 'Enter a date as year-month-day, for example 2026-12-04' },
  'date-time': { 'zh-CN': '请填写有效的日期和时间', en: 'Enter a valid date and time' },
  time: { 'zh-CN': '请填写有效的时间', en: 'Enter a valid time' },
  email: { 'zh-CN': '请填写有效的电子邮箱地址', en: 'Enter a valid email address' },
  uri: { 'zh-CN': '请填写有效的网址', en: 'Enter a valid web address' },
  'credit-code': {
    'zh-CN': '请填写18位统一社会信用代码，并核对最后一位校验码',
    en: 'Enter the 18-character unified social credit code and check its last character',
  },
  'resident-id': {
    'zh-CN': '请填写18位居民身份证号码，并核对最后一位校验码',
    en: 'Enter the 18-digit resident ID number and check its last digit',
  },
  'mobile-cn': { 'zh-CN': '请填写11位手机号码', en: 'Enter an 11-digit mobile number' },
  'upload-ref': { 'zh-CN': '请先上传文件', en: 'Upload the file first' },
};
const FORMAT_FALLBACK: Record<Locale, string> = { 'zh-CN': '格式不正确，请检查', en: 'This is not in the expected format' };

const TYPE_MESSAGES: Record<string, Record<Locale, string>> = {
  number: { 'zh-CN': '请填写数字', en: 'Enter a number' },
  integer: { 'zh-CN': '请填写整数', en: 'Enter a whole number' },
  string: { 'zh-CN': '请填写文字', en: 'Enter text' },
  boolean: { 'zh-CN': '请选择是或否', en: 'Choose yes or no' },
  array: { 'zh-CN': '请填写一组内容', en: 'Enter a list' },
  object: { 'zh-CN': '请按要求填写各项', en: 'Fill in the parts of this field' },
  null: { 'zh-CN': '此项应留空', en: 'Leave this field empty' },
};

/** The catalog: keyword → language → phrase. Keywords not listed fall back to `fallback`. */
export const VALIDATION_MESSAGES: Record<string, Record<Locale, Phrase>> = {
  required: {
    'zh-CN': (c) => (c.choices ? `请选择${zhField(c)}` : `请填写${zhField(c)}`),
    en: (c) => (c.title ? `${c.choices ? 'Choose' : 'Enter'} ${enField(c)}` : 'This field is required'),
  },
  minimum: { 'zh-CN': (c) => `不能小于 ${limitOf(c)}`, en: (c) => `Must be at least ${limitOf(c)}` },
  maximum: { 'zh-CN': (c) => `不能大于 ${limitOf(c)}`, en: (c) => `Must be at most ${limitOf(c)}` },
  exclusiveMinimum: { 'zh-CN': (c) => `必须大于 ${limitOf(c)}`, en: (c) => `Must be more than ${limitOf(c)}` },
  exclusiveMaximum: { 'zh-CN': (c) => `必须小于 ${limitOf(c)}`, en: (c) => `Must be less than ${limitOf(c)}` },
  multipleOf: {
    'zh-CN': (c) => `必须是 ${num(c.params.multipleOf)} 的整数倍`,
    en: (c) => `Must be a multiple of ${num(c.params.multipleOf)}`,
  },
  minLength: {
    'zh-CN': (c) => (limitOf(c) === '1' ? `请填写${zhField(c)}` : `至少填写 ${limitOf(c)} 个字`),
    en: (c) => (limitOf(c) === '1' ? `Enter ${enField(c)}` : `Enter at least ${limitOf(c)} ${chars(limitOf(c))}`),
  },
  maxLength: {
    'zh-CN': (c) => `最多填写 ${limitOf(c)} 个字`,
    en: (c) => `Enter at most ${limitOf(c)} ${chars(limitOf(c))}`,
  },
  minItems: {
    'zh-CN': (c) => (c.choices ? `请至少选择 ${limitOf(c)} 项` : `请至少添加 ${limitOf(c)} 项`),
    en: (c) => (c.choices ? `Choose at least ${limitOf(c)} ${options(limitOf(c))}` : `Add at least ${limitOf(c)} ${items(limitOf(c))}`),
  },
  maxItems: {
    'zh-CN': (c) => (c.choices ? `最多选择 ${limitOf(c)} 项` : `最多添加 ${limitOf(c)} 项`),
    en: (c) => (c.choices ? `Choose at most ${limitOf(c)} ${options(limitOf(c))}` : `Add at most ${limitOf(c)} ${items(limitOf(c))}`),
  },
  uniqueItems: {
    'zh-CN': (c) => `第 ${pair(c)[0]} 项与第 ${pair(c)[1]} 项重复`,
    en: (c) => `Items ${pair(c)[0]} and ${pair(c)[1]} are the same`,
  },
  minProperties: { 'zh-CN': (c) => `请至少填写 ${limitOf(c)} 项`, en: (c) => `Fill in at least ${limitOf(c)} ${items(limitOf(c))}` },
  maxProperties: { 'zh-CN': (c) => `最多填写 ${limitOf(c)} 项`, en: (c) => `Fill in at most ${limitOf(c)} ${items(limitOf(c))}` },
  // `\S` only asks for something besides spaces: blank text reads as an empty field.
  pattern: {
    'zh-CN': (c) => (notBlank(c) ? `请填写${zhField(c)}` : FORMAT_FALLBACK['zh-CN']),
    en: (c) => (notBlank(c) ? `Enter ${enField(c)}` : FORMAT_FALLBACK.en),
  },
  format: {
    'zh-CN': (c) => FORMAT_MESSAGES[String(c.params.format)]?.['zh-CN'] ?? FORMAT_FALLBACK['zh-CN'],
    en: (c) => FORMAT_MESSAGES[String(c.params.format)]?.en ?? FORMAT_FALLBACK.en,
  },
  enum: { 'zh-CN': () => '请从列出的选项中选择', en: () => 'Choose one of the listed options' },
  oneOf: { 'zh-CN': () => '请从列出的选项中选择', en: () => 'Choose one of the listed options' },
  anyOf: { 'zh-CN': () => '请从列出的选项中选择', en: () => 'Choose one of the listed options' },
  const: {
    'zh-CN': (c) => (c.params.allowedValue === true ? '请勾选此项' : '此项的值不符合要求'),
    en: (c) => (c.params.allowedValue === true ? 'Tick this box' : 'This value is not allowed here'),
  },
  type: {
    'zh-CN': (c) => TYPE_MESSAGES[String(c.params.type).split(',')[0]!]?.['zh-CN'] ?? FORMAT_FALLBACK['zh-CN'],
    en: (c) => TYPE_MESSAGES[String(c.params.type).split(',')[0]!]?.en ?? FORMAT_FALLBACK.en,
  },
  additionalProperties: {
    'zh-CN': () => '表单中有多余的内容，请刷新页面后重新填写',
    en: () => 'The form has an unknown field; reload the page',
  },
  dependentRequired: {
    'zh-CN': (c) => `填写了此项时，还须填写${zhField(c)}`,
    en: (c) => `When this is filled in, also enter ${enField(c)}`,
  },
  not: { 'zh-CN': () => '此项的值不符合要求', en: () => 'This value is not allowed here' },
  contains: { 'zh-CN': () => '请至少包含一项符合要求的内容', en: () => 'Include at least one matching item' },
  'false schema': { 'zh-CN': () => '此处不应填写内容', en: () => 'Leave this empty' },
  fallback: { 'zh-CN': () => '此项填写不符合要求，请检查', en: () => 'Check this field' },
};
