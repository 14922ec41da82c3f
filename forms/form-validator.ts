// One schema, two checkers: the browser (rjsf) and the server validate with this same AJV setup.
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { ValidatorType, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import type { default as Ajv, KeywordDefinition } from 'ajv';
import { isCreditCode, isMobileCN, isResidentId } from '#core/domain/identifiers';
import type { Locale } from '#core/domain/locale';
import { PERSONAL_KEYWORD, PERSONAL_KINDS } from '#core/privacy/personal-kind';
import { localizeValidationErrors } from './localize-validation-errors';
import { technicalMessage } from './technical-words';

/** Formats our forms may use beyond the JSON Schema standard ones. */
export const CUSTOM_FORMATS = {
  'credit-code': isCreditCode,
  'resident-id': isResidentId,
  'mobile-cn': isMobileCN,
  // A file uploaded beforehand through POST /api/uploads; submissions carry the reference, never the bytes.
  'upload-ref': (value: string) => /^upload:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value),
} as const;

// `x-personal` marks a field as personal data (core/privacy); declared with its allowed values so a schema naming an
// unknown kind does not compile, in the browser as on the server.
const PERSONAL_KEYWORD_DEFINITION: KeywordDefinition = {
  keyword: PERSONAL_KEYWORD,
  schemaType: 'string',
  metaSchema: { enum: [...PERSONAL_KINDS] },
};

let validator: ReturnType<typeof customizeValidator> | undefined;
let firstProblemValidator: ReturnType<typeof customizeValidator> | undefined;

const extenderFn = (ajv: Ajv): Ajv => {
  ajv.addKeyword(PERSONAL_KEYWORD_DEFINITION);
  return ajv;
};

/** The rjsf validator every form shares; messages come from validation-messages.ts through `transformErrors`. */
export function formValidator(): ValidatorType & { ajv: ReturnType<typeof customizeValidator>['ajv'] } {
  validator ??= customizeValidator({ customFormats: { ...CUSTOM_FORMATS }, extenderFn });
  return validator;
}

/** The same checks, stopping at the first problem (AJV without allErrors): for data too large to list every problem of. */
function firstProblemOnly(): ReturnType<typeof customizeValidator> {
  firstProblemValidator ??= customizeValidator({
    customFormats: { ...CUSTOM_FORMATS },
    extenderFn,
    ajvOptionsOverrides: { allErrors: false },
  });
  return firstProblemValidator;
}

/**
 * How many values (each object, array and scalar counts one) data may hold for every problem of it to be listed; past
 * it, validation stops at the first problem. Every problem of hostile data is its own error, some several: 120 KB of a
 * gate check whose `steps` were 60,000 zeros gave AJV 600,000 errors, and wording them held the web server's one thread
 * 9 seconds (other requests waited) for a 6 MB answer; a commendation's `evidence` likewise, 2.5 seconds. Real forms hold
 * a few hundred values at most (a visit's 50 problems of four fields); their problems are all listed as before.
 */
export const LISTED_VALUES = 1000;

/** Whether `data` holds at most `limit` values; stops counting past it. */
function holdsAtMost(data: unknown, limit: number): boolean {
  let count = 0;
  const pending: unknown[] = [data];
  while (pending.length) {
    const value = pending.pop();
    if ((count += 1) > limit) return false;
    if (Array.isArray(value)) pending.push(...value.slice(0, limit));
    else if (value && typeof value === 'object') pending.push(...Object.values(value).slice(0, limit));
  }
  return true;
}

/** A validation problem at one field, as the API reports it. */
export interface FieldError {
  /** JSON-pointer-like path of the field, e.g. `/liaison/mobile`; empty for the whole form. */
  path: string;
  message: string;
}

function toPointer(property: string): string {
  const parts = property.split('.').filter(Boolean);
  return parts.length ? `/${parts.join('/')}` : '';
}

// AJV compiles a schema once per schema *object* and keeps every one it compiled. Schemas read from the database are
// new objects each time, so each submission compiled its form again (the biggest cost of the submit path) and the
// compiled functions piled up. Equal schemas are mapped to one object here; the least recently used are let go.
// A frozen schema (a published form's, which core/stores/forms/form-store keeps parsed and frozen all the way down)
// cannot change, so its text is remembered by identity rather than serialised again for every submission.
const COMPILED_SCHEMAS = 256;
const canonical = new Map<string, RJSFSchema>();
const frozenText = new WeakMap<RJSFSchema, string>();

function textOf(schema: RJSFSchema): string {
  if (!Object.isFrozen(schema)) return JSON.stringify(schema);
  let text = frozenText.get(schema);
  if (text === undefined) frozenText.set(schema, (text = JSON.stringify(schema)));
  return text;
}

function canonicalSchema(schema: RJSFSchema): RJSFSchema {
  const text = textOf(schema);
  const known = canonical.get(text);
  canonical.delete(text);
  canonical.set(text, known ?? schema);
  if (canonical.size > COMPILED_SCHEMAS) {
    const [oldestText, oldest] = canonical.entries().next().value!;
    canonical.delete(oldestText);
    formValidator().ajv.removeSchema(oldest);
    firstProblemValidator?.ajv.removeSchema(oldest);
  }
  return known ?? schema;
}

/** Validates form data against a form's JSON Schema (as the reader sees it) and returns the problems in their language. */
export function validateFormData(schema: RJSFSchema, data: unknown, locale: Locale): FieldError[] {
  const checker = holdsAtMost(data, LISTED_VALUES) ? formValidator() : firstProblemOnly();
  const { errors } = checker.validateFormData(data, canonicalSchema(schema));
  return localizeValidationErrors(errors, schema, locale).map((error) => ({
    path: toPointer(error.property ?? '') + extraName(error),
    message: error.message ?? error.stack,
  }));
}

/** A field the form does not have is reported at its own path (`/masksTotal`): AJV puts every one at the object that
 * holds it, so two names sent by mistake read as one problem said twice, and a caller could not tell which. */
function extraName(error: RJSFValidationError): string {
  const name = error.name === 'additionalProperties' ? error.params?.additionalProperty : undefined;
  return typeof name === 'string' ? `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}` : '';
}

/** Checks JSON an administrator wrote (a definition's envelope, its process params) in technical wording that names the
 * pattern or the allowed values the people-facing catalog leaves out: AJV's own in English, Chinese for a Chinese
 * reader, and a time limit or duration by the grammar's examples (technical-words.ts). */
export function technicalProblems(schema: RJSFSchema, data: unknown, locale: Locale = 'en'): FieldError[] {
  const { errors } = formValidator().validateFormData(data, canonicalSchema(schema));
  return errors.map((error) => ({ path: toPointer(error.property ?? ''), message: technicalMessage(error, locale) }));
}
