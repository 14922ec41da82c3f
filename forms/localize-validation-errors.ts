// Turns rjsf's validation errors into the catalog's messages: the field named by its title in the schema the reader
// sees, a form's own override (`x-messages`) first. Shared by the server (form-validator.ts) and the app (transformErrors).
import type { ErrorTransformer, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { fieldSchemasAt, fieldTitleAt } from './field-schemas-at';
import { VALIDATION_MESSAGES, type MessageContext } from './validation-messages';

/** A form's own wording for one keyword on one field: `"x-messages": { "minItems": { "zh-CN": "…", "en": "…" } }`. */
export type MessageOverrides = Record<string, Partial<Record<Locale, string>>>;

// dependencies (draft-07) says the same as dependentRequired (2019-09).
const ALIASES: Record<string, string> = { dependencies: 'dependentRequired' };

function asSchema(value: unknown): RJSFSchema | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as RJSFSchema) : undefined;
}

// rjsf's `property` (`.contact.mobile`, or `field4` for a required field of the root) as data path segments.
function segmentsOf(property: string | undefined): string[] {
  return (property ?? '').split('.').filter(Boolean);
}

/** The schema holding the failed keyword, from AJV's schemaPath (`#/then/properties/steps/minItems`). */
function keywordSchemaAt(root: RJSFSchema, schemaPath: string | undefined): RJSFSchema | undefined {
  const parts = (schemaPath ?? '').replace(/^#\/?/, '').split('/').filter(Boolean).slice(0, -1);
  let node: unknown = root;
  for (const part of parts) node = asSchema(node)?.[part as keyof RJSFSchema];
  return asSchema(node);
}

function isChoiceList(field: RJSFSchema): boolean {
  if (field.enum || field.oneOf || field.anyOf || field.type === 'boolean') return true;
  const items = asSchema(field.items);
  return field.type === 'array' && Boolean(items?.enum || items?.oneOf || items?.anyOf);
}

function override(schema: RJSFSchema | undefined, keyword: string, locale: Locale): string | undefined {
  const messages = asSchema(schema)?.['x-messages' as keyof RJSFSchema] as MessageOverrides | undefined;
  return messages?.[keyword]?.[locale];
}

function fill(template: string, context: MessageContext): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name === 'title' ? (context.title ?? '') : name in context.params ? String(context.params[name]) : whole,
  );
}

/** The message for one rjsf error in a language. */
export function validationMessage(error: RJSFValidationError, schema: RJSFSchema, locale: Locale): string {
  const keyword = ALIASES[error.name ?? ''] ?? error.name ?? 'fallback';
  // A conditional field (allOf/if/then, dependencies) is declared outside `properties`: look in every branch.
  const fields = fieldSchemasAt(schema, segmentsOf(error.property));
  const context: MessageContext = {
    title: fieldTitleAt(schema, segmentsOf(error.property)),
    params: (error.params ?? {}) as Record<string, unknown>,
    choices: fields.some(isChoiceList),
  };
  const fieldOverride = fields.map((field) => override(field, keyword, locale)).find(Boolean);
  const own = override(keywordSchemaAt(schema, error.schemaPath), keyword, locale) ?? fieldOverride;
  if (own) return fill(own, context);
  return (VALIDATION_MESSAGES[keyword] ?? VALIDATION_MESSAGES.fallback!)[locale](context);
}

// A failed choice inside oneOf/anyOf reports each branch too; the enclosing oneOf error says it once (or, for
// alternatives that are no choice list, speaks with the reasons of the branch meant: branchReasons).
// `if` only says that `then` failed, and `then`'s own errors are reported beside it.
function isNoise(error: RJSFValidationError): boolean {
  return error.name === 'if' || /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath ?? '');
}

function isChoice(branch: unknown): boolean {
  const schema = asSchema(branch);
  return Boolean(schema && ('const' in schema || schema.enum));
}

// The "or leave it empty" branch of an optional value (`{ maxLength: 0 }`, `{ const: '' }`, `{ type: 'null' }`).
function onlyEmpty(branch: unknown): boolean {
  const schema = asSchema(branch);
  if (!schema) return false;
  if (schema.maxLength === 0 || schema.type === 'null') return true;
  const values = 'const' in schema ? [schema.const] : schema.enum;
  return Array.isArray(values) && values.length > 0 && values.every((value) => value === '' || value === null);
}

/** For anyOf/oneOf alternatives that are not a list of choices ("a mobile number, or nothing"), the errors of the
 * branch the value was meant for: not the empty one, and one of the value's type when there is such a branch. */
function branchReasons(error: RJSFValidationError, errors: RJSFValidationError[], schema: RJSFSchema): RJSFValidationError[] {
  const keyword = error.name;
  if (keyword !== 'anyOf' && keyword !== 'oneOf') return [];
  const branches = keywordSchemaAt(schema, error.schemaPath)?.[keyword];
  if (!Array.isArray(branches) || branches.every(isChoice)) return [];
  const byBranch = new Map<number, RJSFValidationError[]>();
  const prefix = `${error.schemaPath ?? ''}/`;
  for (const other of errors) {
    const match =
      other.property === error.property &&
      other.schemaPath?.startsWith(prefix) &&
      /^(\d+)\/[^/]+$/.exec(other.schemaPath.slice(prefix.length));
    const branch = match ? Number(match[1]) : -1;
    if (branch >= 0 && !onlyEmpty(branches[branch])) byBranch.set(branch, [...(byBranch.get(branch) ?? []), other]);
  }
  const candidates = [...byBranch.values()];
  return candidates.find((reasons) => reasons.every((reason) => reason.name !== 'type')) ?? candidates[0] ?? [];
}

/** rjsf errors with the catalog's messages (message and stack alike), field paths unchanged. */
export function localizeValidationErrors(errors: RJSFValidationError[], schema: RJSFSchema, locale: Locale): RJSFValidationError[] {
  return errors
    .filter((error) => !isNoise(error))
    .flatMap((error) => {
      const reasons = branchReasons(error, errors, schema);
      return (reasons.length ? reasons : [error]).map((reason) => {
        const message = validationMessage({ ...reason, property: error.property }, schema, locale);
        return { ...error, message, stack: message };
      });
    });
}

/** rjsf's `transformErrors` prop for a form shown in a language. */
export function messagesTransformer(schema: RJSFSchema, locale: Locale): ErrorTransformer {
  return (errors) => localizeValidationErrors(errors, schema, locale);
}
