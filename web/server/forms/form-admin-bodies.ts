// What the form admin routes accept and refuse: the list's filters, a new form's body, a definition's body (as the
// check, the draft save and the test-submit take it), and the 422s said of a definition with problems.
import type { RJSFSchema } from '@rjsf/utils';
import { AppError } from '#core/errors';
import { DEFINITION_SHAPE } from '#forms/check-definition';
import type { FieldError } from '#forms/form-validator';
import { PAGE_QUERY_PROPERTIES, type DescribedBody } from '../route-contract';
import { STORED_VERSION_PROPERTIES } from './stored-version-fields';

/** How a missing form is named in its 404. */
export const FORM = { 'zh-CN': '表单', en: 'Form' };
/** How a missing draft is named in its 404. */
export const DRAFT = { 'zh-CN': '草稿', en: 'Draft' };

/** The admin form list's filters and paging. */
export const ADMIN_LIST_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    status: { type: 'string', enum: ['draft-only', 'published', 'retired'], title: 'Never released, published, or retired' },
    processType: { type: 'string', maxLength: 64, title: 'The kind of process the form starts' },
  },
  additionalProperties: false,
};

/** A new form: its key, title and process type, and which starter of that type. */
export const NEW_FORM: RJSFSchema = {
  type: 'object',
  required: ['key', 'title', 'processType'],
  properties: {
    key: DEFINITION_SHAPE.properties!.key as RJSFSchema,
    title: DEFINITION_SHAPE.properties!.title as RJSFSchema,
    processType: { type: 'string', minLength: 1 },
    // Which starter of that process type (collection: "collection-once" or "collection-daily"); absent: its default.
    starter: { type: 'string', minLength: 1, maxLength: 40 },
  },
  additionalProperties: false,
};

/** Said at publish: the definition is well-formed, but names something that does not exist (yet). */
export function refuseReferences(problems: FieldError[]): AppError {
  return new AppError(
    422,
    'broken_references',
    {
      'zh-CN': '表单定义引用了不存在的内容，请按提示修改后再发布',
      en: 'The definition names things that do not exist; fix them, then publish',
    },
    problems,
  );
}

/** Said of a definition checkDefinition finds wrong, each problem at its pointer. */
export function refuse(problems: FieldError[]): AppError {
  return new AppError(
    422,
    'invalid_definition',
    { 'zh-CN': '表单定义有误，请按提示修改', en: 'The form definition has problems' },
    problems,
  );
}

/** A form definition as a body. It is checked by checkDefinition (forms/), which reports each problem at its pointer; a
 * top-level name it does not know (a misspelt `guidence`, once dropped without a word) is refused at its name by
 * describedBodyOf. */
export const DEFINITION_BODY = (description: string): DescribedBody => ({
  mediaTypes: ['application/json'],
  schema: {
    type: 'object',
    description: 'A form definition: key, title, schema, uiSchema, i18n and process',
    properties: { ...DEFINITION_SHAPE.properties, ...STORED_VERSION_PROPERTIES },
    additionalProperties: false,
  },
  description:
    `${description}; any other top-level field is answered 422 at its name, and so is a stored version's read-only field ` +
    '(status, source, author, createdAt) unless it equals that of the stored version `version` names',
});
