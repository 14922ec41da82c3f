// A route's contract — what it accepts in its body and query string — is declared once, beside the route, as JSON
// Schema. The same object validates each request (so a refusal carries field paths in the caller's language) and
// is read back from the router to describe the API, so the description cannot drift from what the route accepts.
import type { RJSFSchema } from '@rjsf/utils';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { withoutDirectionMarks } from '#core/domain/direction-marks';
import { AppError } from '#core/errors';
import type { Locale } from '#core/domain/locale';
import { localizeSchema } from '#forms/form-definition';
import { validateFormData, type FieldError } from '#forms/form-validator';
import { impossibleQueryDates } from './query-formats';
import { queryProblemWords } from './query-words';

/** What one route accepts. Schemas are plain JSON Schema objects, the same ones the forms validator reads. */
export interface RouteContract {
  /** One line saying what the route does, for the API description. */
  summary?: string;
  body?: RJSFSchema;
  /** An object schema over the query string; integer, number and boolean properties are read from their text. */
  query?: RJSFSchema;
  /** A body the route checks itself — a file's bytes, CSV text, a form's data checked against that form's own schema,
   * credentials refused with their own 400 — described for the API but not checked here. */
  describedBody?: DescribedBody;
  /** What the route answers when it succeeds, by status: when, and the JSON body's schema (none for a 204 or a file). */
  answers?: Readonly<Record<number, Answer>>;
  /** Path parameters the route checks itself (a 422 naming the parameter when one is not well-formed), described. */
  pathParameters?: Readonly<Record<string, RJSFSchema>>;
  /** Refusals beyond those the route's shape implies: 401 for wrong credentials on an open route, 429 when rate-limited. */
  alsoRefuses?: readonly (401 | 429)[];
  /** `false` on a change that never answers 409 (nothing it writes can clash): the description then leaves 409 out. */
  conflicts?: false;
}

/** One success answer of a route. */
export interface Answer {
  description: string;
  schema?: RJSFSchema;
}

/** A body the contract describes but leaves to the route to check. */
export interface DescribedBody {
  /** The media types the route reads, e.g. `['text/csv']`. */
  mediaTypes: readonly string[];
  /** What the body looks like, when it is structured. */
  schema?: RJSFSchema;
  /** How the route checks it, and what it answers when the body is wrong. */
  description: string;
}

/** A middleware that checks a request against its contract, carrying the contract for the API description. */
export type ContractMiddleware = RequestHandler & { contract: RouteContract };

const INVALID = { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' };
const QUERY_KEY = Symbol('validQuery');
const CONTRACT_KEY = Symbol('contract');
const BODY_CHECKED = Symbol('bodyChecked');

/** Reads query-string text into the types the query schema names, so `?limit=20` validates as an integer. */
function typedQuery(schema: RJSFSchema, raw: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, RJSFSchema>;
  const typed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const type = properties[name]?.type;
    if (typeof value !== 'string') typed[name] = value;
    else if ((type === 'integer' || type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) typed[name] = Number(value);
    else if (type === 'boolean' && (value === 'true' || value === 'false' || value === '1' || value === '0'))
      typed[name] = value === 'true' || value === '1';
    else typed[name] = value;
  }
  return typed;
}

/** The names `value` carries that a closed object schema (`additionalProperties: false`) does not list. */
function unknownNames(schema: RJSFSchema, value: unknown): string[] {
  if (schema.additionalProperties !== false || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const known = new Set(Object.keys(schema.properties ?? {}));
  return Object.keys(value).filter((name) => !known.has(name));
}

/** Each unknown name at its own path, saying which names the route takes: AJV's own wording ("the form has an unknown
 * field; reload the page") fits a person's form, not a caller who spelled a parameter wrong. */
function unknownProblems(schema: RJSFSchema, names: string[], where: 'query' | 'body', locale: Locale): FieldError[] {
  const accepted = Object.keys(schema.properties ?? {});
  return names.map((name) => ({
    path: where === 'query' ? `?${name}` : `/${name}`,
    message:
      locale === 'en'
        ? `Unknown ${where === 'query' ? 'query parameter' : 'field'} "${name}"; accepted: ${accepted.join(', ') || 'none'}`
        : `不支持的${where === 'query' ? '查询参数' : '字段'}“${name}”，可用的有：${accepted.join('、') || '无'}`,
  }));
}

/** The problems of `value` against `schema`: unknown names first, named, then AJV's for the rest. */
// A body schema titled in Chinese (its fields as the app labels them) carries its English titles here, out of the JSON
// Schema itself (AJV and the API description see a symbol-keyed property no more than a missing one).
const ENGLISH = Symbol('english titles');

/** `schema` with English titles for its fields by JSON pointer (`/contact/name`), used for an English reader's
 * refusals so a field is never named in Chinese to them; the schema is returned, marked, for use as a contract. */
export function withEnglishTitles(schema: RJSFSchema, titles: Record<string, string>): RJSFSchema {
  return Object.assign(schema, { [ENGLISH]: localizeSchema(schema, titles) });
}

function contractProblems(given: RJSFSchema, value: unknown, where: 'query' | 'body', locale: Locale): FieldError[] {
  const english = (given as { [ENGLISH]?: RJSFSchema })[ENGLISH];
  const schema = locale === 'en' && english ? english : given;
  const unknown = unknownNames(schema, value);
  if (!unknown.length) return validateFormData(schema, value, locale);
  const known = Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([name]) => !unknown.includes(name)));
  return [...unknownProblems(schema, unknown, where, locale), ...validateFormData(schema, known, locale)];
}

/** The 422 answer listing each field a request got wrong, for a check a route makes beyond its contract. */
export function invalidBody(problems: FieldError[]): AppError {
  return new AppError(422, 'invalid_body', INVALID, problems);
}

/** Declares and enforces a route's contract: `router.post('/api/x', accepts({ body: SCHEMA }), handler)`. A signed-in
 * caller's request is checked here; an anonymous one only where the handler reads it (`bodyOf`, `queryOf`), after the
 * handler's own check of who is asking, so a caller without a session meets 401 whatever it sends, never a 422. */
export function accepts(contract: RouteContract): ContractMiddleware {
  const middleware = (req: Request, _res: Response, next: NextFunction) => {
    (req as unknown as Record<symbol, unknown>)[CONTRACT_KEY] = contract;
    if (!req.user) return next();
    try {
      if (contract.body) bodyOf(req);
      if (contract.query) queryOf(req);
      next();
    } catch (error) {
      next(error);
    }
  };
  return Object.assign(middleware, { contract });
}

const slot = (req: Request) => req as unknown as Record<symbol, unknown>;
const contractOf = (req: Request) => slot(req)[CONTRACT_KEY] as RouteContract | undefined;

const NOT_JSON = new AppError(415, 'unsupported_media_type', {
  'zh-CN': '请求体应为 JSON，请设置 Content-Type: application/json',
  en: 'Send the body as JSON, with Content-Type: application/json',
});

/** Whether the request carries a body the JSON parser left unread (text/plain, a form's urlencoded fields): read as
 * no body at all, it was refused for the fields it lacked, which sent the caller looking in the wrong place. */
function sentOtherThanJson(req: Request): boolean {
  const sent = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
  return sent && !req.is('application/json');
}

/** The body, checked against the route's contract (a 422 listing each bad field when it does not satisfy it). A route
 * without a declared body that read one would take it unchecked, so that is a programming error, as with `queryOf`. */
export function bodyOf<T>(req: Request): T {
  const schema = contractOf(req)?.body;
  if (!schema) throw new Error(`${req.method} ${req.route?.path ?? req.path} reads its body without declaring one (accepts({ body }))`);
  if (!slot(req)[BODY_CHECKED] && sentOtherThanJson(req)) throw NOT_JSON;
  const body: unknown = req.body ?? {};
  if (!slot(req)[BODY_CHECKED]) {
    const problems = contractProblems(schema, body, 'body', req.locale);
    if (problems.length) throw invalidBody(problems);
    slot(req)[BODY_CHECKED] = true;
  }
  return body as T;
}

/** The body of a route that checks it itself (`describedBody`), refused 415 when a JSON-only route's body came as
 * another type, and 422 at each top-level name its described schema does not list when that schema is closed
 * (`additionalProperties: false`), so a misspelt field is not dropped without a word; the rest is the route's to check. */
export function describedBodyOf<T>(req: Request): T {
  const described = contractOf(req)?.describedBody;
  // A JSON body sent as text (fetch's default for a string body) was read as none: a submission was refused 400
  // `bad_submission_id` and a sign-in 400 `missing_credentials`, sending the caller to fields it had sent.
  if (described?.mediaTypes.every((type) => type === 'application/json') && sentOtherThanJson(req)) throw NOT_JSON;
  const schema = described?.schema;
  const body: unknown = req.body ?? {};
  const unknown = schema ? unknownNames(schema, body) : [];
  if (schema && unknown.length) throw invalidBody(unknownProblems(schema, unknown, 'body', req.locale));
  return body as T;
}

/** Each top-level name of `value` a closed `schema` does not list, at its path and worded as a contract's refusal, for a
 * route whose accepted names are known only once it has read the body (a form's fields beside the route's own). */
export function unknownFieldProblems(schema: RJSFSchema, value: unknown, locale: Locale): FieldError[] {
  return unknownProblems(schema, unknownNames(schema, value), 'body', locale);
}

/** The query string, checked against the route's contract and typed by it. A route that reads a query must declare
 * one: without it every parameter would be dropped without a word, so reading one is a programming error (a 500 that
 * the query-contract guard meets), not an empty query. */
export function queryOf<T>(req: Request): T {
  const cached = slot(req)[QUERY_KEY];
  if (cached) return cached as T;
  const schema = contractOf(req)?.query;
  if (!schema) throw new Error(`${req.method} ${req.route?.path ?? req.path} reads its query without declaring one (accepts({ query }))`);
  // A search term pasted from Excel or WeChat desktop finds what is stored without its direction marks.
  const query = typedQuery(schema, withoutDirectionMarks(req.query as Record<string, unknown>));
  const given = queryProblemWords(schema, query, contractProblems(schema, query, 'query', req.locale), req.locale);
  const problems = given.length ? given : impossibleQueryDates(schema, query as Record<string, unknown>, req.locale);
  if (problems.length)
    throw invalidBody(
      problems.map((problem) => ({
        ...problem,
        path: problem.path.startsWith('?') ? problem.path : `?${problem.path.replace(/^\//, '')}`,
      })),
    );
  slot(req)[QUERY_KEY] = query;
  return query as T;
}

/** The paging a list accepts (`?limit=…&offset=…`), for a list route to spread into its query schema. */
export { PAGE_QUERY_PROPERTIES } from './page-query-properties';
