// Checks a form definition before it is saved or published: its shape, that its JSON Schema compiles with the
// shared AJV setup, that its uiSchema names existing fields, and that its params fit its process type.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { CASE_PREFIX_PATTERN } from '#core/domain/case-number';
import { LOCALES, type Locale } from '#core/domain/locale';
import { ROLES } from '#core/org/org-types';
import { isPersonalKind, PERSONAL_KEYWORD, PERSONAL_KINDS } from '#core/privacy/personal-kind';
import { AUDIENCE_EXCLUSIONS, type FormDefinition } from './form-definition';
import { technicalProblems, type FieldError } from './form-validator';
import { monitoringReferenceProblems } from './monitoring-references';
import { PROCESS_TYPES } from './process-types';
import { ruleReferenceProblems } from './rules/rule-reference-problems';
import { figureReferenceProblems } from './figures/figure-reference-problems';
import { recordReferenceProblems } from './record-references';
import { schemaCompileProblems } from './schema-compile-problems';
import { unknownParamNames } from './param-text';

const LOCALIZED: RJSFSchema = {
  type: 'object',
  required: ['zh-CN', 'en'],
  properties: { 'zh-CN': { type: 'string', minLength: 1, maxLength: 200 }, en: { type: 'string', minLength: 1, maxLength: 200 } },
};
const LOCALIZED_LONG: RJSFSchema = {
  type: 'object',
  required: ['zh-CN', 'en'],
  properties: { 'zh-CN': { type: 'string', maxLength: 2000 }, en: { type: 'string', maxLength: 2000 } },
};

/** JSON Schema of a definition's envelope (the inner JSON Schema and params are checked separately). */
export const DEFINITION_SHAPE: RJSFSchema = {
  type: 'object',
  required: ['key', 'title', 'description', 'audience', 'schema', 'uiSchema', 'process'],
  properties: {
    key: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$' },
    version: { type: 'integer', minimum: 1 },
    casePrefix: { type: 'string', pattern: CASE_PREFIX_PATTERN },
    title: LOCALIZED,
    description: LOCALIZED_LONG,
    // Optional, but once given it reads in both languages: the filler sees one or the other.
    guidance: {
      ...LOCALIZED_LONG,
      properties: { 'zh-CN': { type: 'string', minLength: 1, maxLength: 2000 }, en: { type: 'string', minLength: 1, maxLength: 2000 } },
    },
    audience: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...ROLES] } },
    audienceExcludes: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...AUDIENCE_EXCLUSIONS] } },
    schema: { type: 'object', required: ['type'], properties: { type: { const: 'object' } } },
    uiSchema: { type: 'object' },
    i18n: { type: 'object', properties: { en: { type: 'object', additionalProperties: { type: 'string', maxLength: 200 } } } },
    process: {
      type: 'object',
      required: ['processType', 'params'],
      properties: { processType: { type: 'string' }, params: { type: 'object' } },
    },
  },
};

// A field may be declared under a condition (`allOf: [{ if, then: { properties } }]`, as the form builder writes a field
// shown only when another has a value); the uiSchema may name it like any other.
function declaredProperties(schema: RJSFSchema | undefined): Record<string, RJSFSchema> {
  const branches = [...((schema?.allOf ?? []) as RJSFSchema[]), schema].flatMap((node) => [node?.then, node?.else]);
  const conditional = branches.map((node) => (node && typeof node === 'object' ? (node as RJSFSchema).properties : undefined));
  return Object.assign({}, ...conditional, schema?.properties) as Record<string, RJSFSchema>;
}

function uiSchemaProblems(ui: UiSchema | undefined, schema: RJSFSchema | undefined, path: string): FieldError[] {
  if (!ui || typeof ui !== 'object') return [];
  const properties = declaredProperties(schema);
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(ui)) {
    if (key === 'ui:order') {
      for (const name of Array.isArray(value) ? value : []) {
        if (name !== '*' && !(name in properties))
          problems.push({ path: `${path}/ui:order`, message: `names "${name}", which is not a field` });
      }
    } else if (key === 'items' && schema?.type === 'array') {
      problems.push(...uiSchemaProblems(value as UiSchema, schema.items as RJSFSchema, `${path}/items`));
    } else if (!key.startsWith('ui:')) {
      if (!(key in properties)) problems.push({ path: `${path}/${key}`, message: `"${key}" is not a field of the schema` });
      else problems.push(...uiSchemaProblems(value as UiSchema, properties[key], `${path}/${key}`));
    }
  }
  return problems;
}

// Said before compiling, in words an admin can act on (AJV's own message names the meta-schema, not the field).
function personalMarkProblems(node: unknown, path: string): FieldError[] {
  if (!node || typeof node !== 'object') return [];
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === PERSONAL_KEYWORD && !isPersonalKind(value)) {
      problems.push({
        path: `${path}/${PERSONAL_KEYWORD}`,
        message: `${JSON.stringify(value)} is not a kind of personal data; use one of ${PERSONAL_KINDS.join(', ')}`,
      });
    } else problems.push(...personalMarkProblems(value, `${path}/${key}`));
  }
  return problems;
}

// Bounds no value can meet (the builder let an admin publish a number field with minimum 100 and maximum 10: every
// answer was refused twice). Looked for anywhere in the schema, conditions and list items included.
const BOUNDS = [
  ['minimum', 'maximum', { 'zh-CN': '最小值', en: 'minimum' }, { 'zh-CN': '最大值', en: 'maximum' }],
  ['minLength', 'maxLength', { 'zh-CN': '最少字数', en: 'minLength' }, { 'zh-CN': '最多字数', en: 'maxLength' }],
  ['minItems', 'maxItems', { 'zh-CN': '最少项数', en: 'minItems' }, { 'zh-CN': '最多项数', en: 'maxItems' }],
] as const;

function impossibleBoundsProblems(node: unknown, path: string, locale: Locale): FieldError[] {
  if (!node || typeof node !== 'object') return [];
  const problems: FieldError[] = [];
  const schema = node as Record<string, unknown>;
  for (const [low, high, lowName, highName] of BOUNDS) {
    const [min, max] = [schema[low], schema[high]];
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      problems.push({
        path: `${path}/${low}`,
        message:
          locale === 'en'
            ? `${lowName.en} ${min} is above ${highName.en} ${max}: no answer could be accepted`
            : `${lowName['zh-CN']} ${min} 大于${highName['zh-CN']} ${max}，任何填写都无法通过`,
      });
    }
  }
  for (const [key, value] of Object.entries(schema)) {
    if (value && typeof value === 'object') problems.push(...impossibleBoundsProblems(value, `${path}/${key}`, locale));
  }
  return problems;
}

// What JSON Schema cannot say: a ladder's publicity window must send objections back to one of its own rungs.
function ladderReferenceProblems(process: FormDefinition['process']): FieldError[] {
  if (process.processType !== 'ladder') return [];
  const params = process.params as { stages: { name: string }[]; publicity?: { onObjection: string } };
  const names = params.stages.map((stage) => stage.name);
  if (!params.publicity || names.includes(params.publicity.onObjection)) return [];
  return [
    {
      path: '/process/params/publicity/onObjection',
      message: `"${params.publicity.onObjection}" is not a rung of this ladder; rungs: ${names.join(', ')}`,
    },
  ];
}

// A ladder's decision form is a JSON Schema the server checks every decision against, as it checks submissions against
// the form's own: it must compile, and a pattern that repeats a repetition there would hold the server as much.
function completionProblems(process: FormDefinition['process'], locale: Locale): FieldError[] {
  if (process.processType !== 'ladder') return [];
  const { completion } = process.params as { completion?: { schema: RJSFSchema; i18n?: { en?: Record<string, string> } } };
  if (!completion) return [];
  return schemaCompileProblems(completion.schema, completion.i18n?.en ?? {}, locale, '/process/params/completion/schema');
}

/** A `{name}` in the description or guidance that names no parameter text can show (forms/param-text.ts). */
function placeholderProblems(form: FormDefinition, locale: Locale): FieldError[] {
  const params = form.process.params as Record<string, unknown>;
  const texts = [
    ['description', form.description],
    ['guidance', form.guidance],
  ] as const;
  return texts.flatMap(([field, text]) =>
    LOCALES.flatMap((language) =>
      unknownParamNames(text?.[language] ?? '', params).map((name) => ({
        path: `/${field}/${language}`,
        message:
          locale === 'en'
            ? `{${name}} names no process parameter that text can show (a number, a time, a time limit or a list of them)`
            : `{${name}} 不是可在文字中显示的流程参数（须为数字、时刻、时限或它们的列表）`,
      })),
    ),
  );
}

/** Every problem with a definition, with JSON-pointer paths into it, the shape's in `locale`; empty when it may be
 * saved and published. */
export function checkDefinition(definition: unknown, locale: Locale = 'en'): FieldError[] {
  const shape = technicalProblems(DEFINITION_SHAPE, definition, locale);
  if (shape.length) return shape;
  const form = definition as FormDefinition;
  const marks = personalMarkProblems(form.schema, '/schema');
  if (marks.length) return marks;
  const problems = [
    ...schemaCompileProblems(form.schema, form.i18n?.en ?? {}, locale, '/schema'),
    ...impossibleBoundsProblems(form.schema, '/schema', locale),
    ...uiSchemaProblems(form.uiSchema, form.schema, '/uiSchema'),
  ];
  const type = PROCESS_TYPES[form.process.processType];
  if (!type) {
    problems.push({
      path: '/process/processType',
      message: `unknown process type "${form.process.processType}"; known: ${Object.keys(PROCESS_TYPES).join(', ')}`,
    });
  } else {
    const paramProblems = technicalProblems(type.paramsSchema, form.process.params, locale);
    for (const problem of paramProblems) problems.push({ path: `/process/params${problem.path}`, message: problem.message });
    if (!paramProblems.length)
      problems.push(
        ...ladderReferenceProblems(form.process),
        ...completionProblems(form.process, locale),
        ...ruleReferenceProblems(form),
        ...figureReferenceProblems(form),
        ...monitoringReferenceProblems(form),
        ...recordReferenceProblems(form),
        ...placeholderProblems(form, locale),
      );
  }
  return problems;
}
