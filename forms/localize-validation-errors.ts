// Turns rjsf's validation errors into the catalog's messages: the field named by its title in the schema the reader
// sees, a form's own override (`x-messages`) first. Shared by the server (form-validator.ts) and the app (transformErrors).
import type { ErrorTransformer, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { VALIDATION_MESSAGES, type MessageContext } from './validation-messages';

/** A form's own wording for one keyword on one field: `"x-messages": { "minItems": { "zh-CN": "…", "en": "…" } }`. */
export type MessageOverrides = Record<string, Partial<Record<Locale, string>>>;

// dependencies (draft-07) says the same as dependentRequired (2019-09).
const ALIASES: Record<string, string> = { dependencies: 'dependentRequired' };

function asSchema(value: unknown): RJSFSchema | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as RJSFSchema) : undefined;
}

/** The schema of the field at rjsf's `property` (`.contact.mobile`), through properties and array items. */
export function fieldSchemaAt(root: RJSFSchema, property: string | undefined): RJSFSchema | undefined {
  let node: RJSFSchema | undefined = root;
  for (const segment of (property ?? '').split('.').filter(Boolean)) {
    const next: unknown = node?.properties?.[segment] ?? (/^\d+$/.test(segment) ? node?.items : undefined);
    node = asSchema(next);
  }
  return node;
}

/** The schema holding the failed keyword, from AJV's schemaPath (`#/then/properties/steps/minItems`). */
function keywordSchemaAt(root: RJSFSchema, schemaPath: string | undefined): RJSFSchema | undefined {
  const parts = (schemaPath ?? '').replace(/^#\/?/, '').split('/').filter(Boolean).slice(0, -1);
  let node: unknown = root;
  for (const part of parts) node = asSchema(node)?.[part as keyof RJSFSchema];
  return asSchema(node);
}

function isChoiceList(field: RJSFSchema | undefined): boolean {
  if (!field) return false;
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
  const field = fieldSchemaAt(schema, error.property);
  const context: MessageContext = {
    title: typeof field?.title === 'string' && field.title ? field.title : undefined,
    params: (error.params ?? {}) as Record<string, unknown>,
    choices: isChoiceList(field),
  };
  const own = override(keywordSchemaAt(schema, error.schemaPath), keyword, locale) ?? override(field, keyword, locale);
  if (own) return fill(own, context);
  return (VALIDATION_MESSAGES[keyword] ?? VALIDATION_MESSAGES.fallback!)[locale](context);
}

// A failed choice inside oneOf/anyOf reports each branch too; the enclosing oneOf error says it once.
// `if` only says that `then` failed, and `then`'s own errors are reported beside it.
function isNoise(error: RJSFValidationError): boolean {
  return error.name === 'if' || /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath ?? '');
}

/** rjsf errors with the catalog's messages (message and stack alike), field paths unchanged. */
export function localizeValidationErrors(errors: RJSFValidationError[], schema: RJSFSchema, locale: Locale): RJSFValidationError[] {
  return errors
    .filter((error) => !isNoise(error))
    .map((error) => {
      const message = validationMessage(error, schema, locale);
      return { ...error, message, stack: message };
    });
}

/** rjsf's `transformErrors` prop for a form shown in a language. */
export function messagesTransformer(schema: RJSFSchema, locale: Locale): ErrorTransformer {
  return (errors) => localizeValidationErrors(errors, schema, locale);
}
