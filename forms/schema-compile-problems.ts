// Why a form's JSON Schema cannot be used, in the reader's language. AJV says "schema is invalid: data/properties/temp/
// minimum must be number, … must match a schema in anyOf" — English, a pointer for a name, and each meta-schema branch
// that failed. Here each problem names the field (its title, else its key) and the setting in plain words, once; the
// pointer stays in `path` for the editor to place it.
import type { RJSFSchema } from '@rjsf/utils';
import type { ErrorObject } from 'ajv';
import type { Locale } from '#core/domain/locale';
import { formValidator, type FieldError } from './form-validator';
import { repeatsARepetition } from './repeated-repetition';

type Words = Record<Locale, string>;

/** The schema settings an administrator may write, in plain words. */
const SETTING_WORDS: Record<string, Words> = {
  type: { 'zh-CN': '类型', en: 'type' },
  title: { 'zh-CN': '标题', en: 'title' },
  description: { 'zh-CN': '说明', en: 'description' },
  default: { 'zh-CN': '默认值', en: 'default value' },
  minimum: { 'zh-CN': '最小值', en: 'minimum' },
  maximum: { 'zh-CN': '最大值', en: 'maximum' },
  exclusiveMinimum: { 'zh-CN': '下限（不含）', en: 'lower limit (exclusive)' },
  exclusiveMaximum: { 'zh-CN': '上限（不含）', en: 'upper limit (exclusive)' },
  multipleOf: { 'zh-CN': '倍数', en: 'multiple' },
  minLength: { 'zh-CN': '最少字数', en: 'minimum length' },
  maxLength: { 'zh-CN': '最多字数', en: 'maximum length' },
  minItems: { 'zh-CN': '最少项数', en: 'minimum number of items' },
  maxItems: { 'zh-CN': '最多项数', en: 'maximum number of items' },
  uniqueItems: { 'zh-CN': '不可重复', en: 'no repeated items' },
  pattern: { 'zh-CN': '格式（正则表达式）', en: 'pattern (regular expression)' },
  format: { 'zh-CN': '格式', en: 'format' },
  enum: { 'zh-CN': '可选值', en: 'allowed values' },
  const: { 'zh-CN': '固定值', en: 'fixed value' },
  required: { 'zh-CN': '必填字段', en: 'required fields' },
  properties: { 'zh-CN': '字段', en: 'fields' },
  items: { 'zh-CN': '列表项', en: 'list items' },
  oneOf: { 'zh-CN': '选项', en: 'options' },
  anyOf: { 'zh-CN': '选项', en: 'options' },
};

const TYPE_WORDS: Record<string, Words> = {
  string: { 'zh-CN': '文字', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': 'true 或 false', en: 'true or false' },
  object: { 'zh-CN': '一组设置（{ }）', en: 'a group of settings ({ })' },
  array: { 'zh-CN': '列表（[ ]）', en: 'a list ([ ])' },
  null: { 'zh-CN': 'null', en: 'null' },
};

/** The field types a form may use, as an administrator writes them. */
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'];

// Keywords whose value maps names to schemas, holds schemas by index, or is one schema.
const NAMED = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
const LISTED = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SINGLE = new Set(['items', 'not', 'if', 'then', 'else', 'additionalProperties', 'additionalItems', 'contains', 'propertyNames']);

/** Where a meta-schema error points: the schema that holds the setting, the field's key and data pointer, the setting. */
interface Place {
  node: Record<string, unknown> | undefined;
  key: string | undefined;
  dataPath: string;
  setting: string | undefined;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function placeOf(schema: RJSFSchema, pointer: string): Place {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const place: Place = { node: asObject(schema), key: undefined, dataPath: '', setting: undefined };
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const value = place.node?.[segment];
    const next = segments[i + 1];
    if (NAMED.has(segment) && next !== undefined && i + 2 === segments.length) {
      // The entry itself is wrong (`"properties": { "temp": 5 }`): the field is named, no setting of it.
      if (segment === 'properties') [place.key, place.dataPath] = [next, `${place.dataPath}/${next}`];
      place.node = asObject(asObject(value)?.[next]);
      return place;
    } else if (NAMED.has(segment) && next !== undefined && asObject(asObject(value)?.[next])) {
      place.node = asObject(asObject(value)![next]);
      if (segment === 'properties') [place.key, place.dataPath] = [next, `${place.dataPath}/${next}`];
      i++;
    } else if (LISTED.has(segment) && next !== undefined && Array.isArray(value) && asObject(value[Number(next)])) {
      place.node = asObject(value[Number(next)]);
      i++;
    } else if (SINGLE.has(segment) && next !== undefined && asObject(value)) {
      place.node = asObject(value);
    } else {
      place.setting = segment;
      return place;
    }
  }
  return place;
}

function fieldName(place: Place, english: Record<string, string>, locale: Locale): string | undefined {
  const title = locale === 'en' ? (english[place.dataPath] ?? place.node?.title) : place.node?.title;
  return typeof title === 'string' && title.trim() ? title : place.key;
}

function typeList(types: unknown, locale: Locale): string {
  // A schema may also be `true` or `false`, which no administrator needs to hear of.
  const words = (String(types) === 'object,boolean' ? 'object' : String(types))
    .split(',')
    .map((type) => TYPE_WORDS[type]?.[locale] ?? type);
  return words.join(locale === 'en' ? ' or ' : '或');
}

// What is wrong with the setting's value, as the end of a sentence.
function complaint(error: ErrorObject, setting: string | undefined, locale: Locale): string {
  const en = locale === 'en';
  const params = error.params as Record<string, unknown>;
  if (setting === 'type' && error.keyword !== 'uniqueItems') {
    const types = FIELD_TYPES.join(en ? ', ' : '、');
    return en ? `is not one of the types (${types})` : `不是可用的类型（${types}）`;
  }
  switch (error.keyword) {
    case 'type':
      return en ? `should be ${typeList(params.type, locale)}` : `应为${typeList(params.type, locale)}`;
    case 'minimum':
      return en ? `should not be below ${String(params.limit)}` : `不能小于 ${String(params.limit)}`;
    case 'minItems':
      return en ? `should have at least ${String(params.limit)} items` : `至少要有 ${String(params.limit)} 项`;
    case 'uniqueItems':
      return en ? 'lists the same value twice' : '中有重复的值';
    case 'enum':
      return en
        ? `should be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
        : `应为以下之一：${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')}`;
    case 'format':
      return en ? `is not a valid ${String(params.format)}` : `不是有效的 ${String(params.format)}`;
    default:
      return en ? 'is not written correctly' : '写法不对';
  }
}

function sentence(place: Place, error: ErrorObject, english: Record<string, string>, locale: Locale): string {
  const field = fieldName(place, english, locale);
  const what = complaint(error, place.setting, locale);
  const setting = place.setting && (SETTING_WORDS[place.setting]?.[locale] ?? place.setting);
  if (locale === 'en') {
    const owner = field ? `of field "${field}"` : 'of the form';
    return setting ? `The "${setting}" ${owner} ${what}` : `Field "${field ?? '?'}" ${what}`;
  }
  const owner = field ? `字段“${field}”` : '表单';
  return setting ? `${owner}的“${setting}”${what}` : `${owner}${what}`;
}

// A failed anyOf/oneOf says again what its branches said, and its branches say more than is useful: one problem per
// pointer, the plainest error there, and none for an alternative that only fails because something inside it does.
const isUmbrella = (error: ErrorObject) => error.keyword === 'anyOf' || error.keyword === 'oneOf';
const isBranch = (error: ErrorObject) => /\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath);
const rank = (error: ErrorObject) => (isUmbrella(error) ? 1 : isBranch(error) ? 2 : 0);

function metaSchemaProblems(
  errors: ErrorObject[],
  schema: RJSFSchema,
  english: Record<string, string>,
  locale: Locale,
  at: string,
): FieldError[] {
  const pointers = errors.map((error) => error.instancePath);
  const deeper = (pointer: string) => pointers.some((other) => other.startsWith(`${pointer}/`));
  const alternatives = new Set(errors.filter(isUmbrella).map((error) => error.instancePath));
  const byPointer = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (alternatives.has(error.instancePath) && deeper(error.instancePath)) continue;
    const known = byPointer.get(error.instancePath);
    if (!known || rank(error) < rank(known)) byPointer.set(error.instancePath, error);
  }
  return [...byPointer].map(([pointer, error]) => ({
    path: `${at}${pointer}`,
    message: sentence(placeOf(schema, pointer), error, english, locale),
  }));
}

// A pattern AJV cannot read throws while compiling, naming neither the field nor the place: look for it; and one that
// repeats a repetition would hold the server on some texts (repeated-repetition.ts).
function patternProblems(
  node: unknown,
  pointer: string,
  schema: RJSFSchema,
  english: Record<string, string>,
  locale: Locale,
  at: string,
): FieldError[] {
  const object = asObject(node);
  if (!object && !Array.isArray(node)) return [];
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(node as object)) {
    const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === 'pattern' && object && typeof value === 'string' && !isRegExp(value)) {
      const field = fieldName(placeOf(schema, here), english, locale);
      problems.push({
        path: `${at}${here}`,
        message:
          locale === 'en'
            ? `The "pattern (regular expression)" ${field ? `of field "${field}"` : 'of the form'} is not a valid regular expression`
            : `${field ? `字段“${field}”` : '表单'}的“格式（正则表达式）”不是有效的正则表达式`,
      });
    } else if (key === 'pattern' && object && typeof value === 'string' && repeatsARepetition(value)) {
      const field = fieldName(placeOf(schema, here), english, locale);
      problems.push({
        path: `${at}${here}`,
        message:
          locale === 'en'
            ? `The "pattern (regular expression)" ${field ? `of field "${field}"` : 'of the form'} repeats a group that itself repeats, such as (a+)+, or whose choices can start with the same character, such as (.|\\s)*: checking some texts against it would take the server minutes. Repeat only single characters or character classes inside a repeated group, and give its choices different first characters`
            : `${field ? `字段“${field}”` : '表单'}的“格式（正则表达式）”对本身含重复的分组再次重复（如 (a+)+），或重复的分组中几个选项能以同一字符开头（如 (.|\\s)*），校验某些填写内容会让服务器卡住数分钟。请改为分组内只重复单个字符或字符类，并让各选项以不同字符开头`,
      });
    } else problems.push(...patternProblems(value, here, schema, english, locale, at));
  }
  return problems;
}

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Why `schema` (a form's JSON Schema, or a ladder's decision form; `english` its English titles by data pointer) does
 * not compile with the shared AJV setup, each problem at its pointer under `at` (where the schema sits in the
 * definition), in `locale`; empty when it compiles. */
export function schemaCompileProblems(schema: RJSFSchema, english: Record<string, string>, locale: Locale, at: string): FieldError[] {
  const { ajv } = formValidator();
  if (!ajv.validateSchema(schema)) return metaSchemaProblems(ajv.errors ?? [], schema, english, locale, at);
  const patterns = patternProblems(schema, '', schema, english, locale, at);
  if (patterns.length) return patterns;
  try {
    // compile, not merely validate: a schema that only fails when a branch is taken must fail here too
    ajv.compile(schema);
    ajv.removeSchema(schema);
    return [];
  } catch (error) {
    const reason = (error as Error).message;
    return [{ path: at, message: locale === 'en' ? `does not compile: ${reason}` : `字段的定义无法使用（${reason}）` }];
  }
}
