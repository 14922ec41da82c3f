// The OpenAPI 3.1 description of the API, generated from the routers themselves: every route express serves is an
// operation, and what a route accepts comes from the contract its `accepts(...)` middleware enforces.
import type { RJSFSchema } from '@rjsf/utils';
import type { Application } from 'express';
import type { ContractMiddleware, RouteContract } from '../route-contract';
import { servedRoutes } from '../route-list';
import { CSRF_HEADER } from '../session/session-middleware';
import { errorComponents, errorResponse, type ErrorStatus } from './openapi-errors';
import { toOpenApiSchema } from './openapi-schema';

/** Routes anyone may call without signing in (the access matrix allows them to `anonymous`; a test holds the two equal). */
export const OPEN_ROUTES: readonly string[] = [
  'GET /healthz',
  'GET /api/session',
  'POST /api/session',
  'DELETE /api/session',
  'GET /api/notices',
  'GET /api/notices/:id',
  'GET /api/notices/:id/images/:index',
  'POST /api/notices/:id/objections',
  'GET /api/contacts',
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs/:file',
];

// Called by the Temporal UI from its own origin: the session cookie, not the CSRF token (temporal-codec-routes.ts).
const WITHOUT_CSRF = /^\/api\/temporal-codec\//;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The contract a route declared with `accepts(...)`, if any. */
export function contractOf(handlers: readonly unknown[]): RouteContract | undefined {
  const middleware = handlers.find((handler): handler is ContractMiddleware => typeof handler === 'function' && 'contract' in handler);
  return middleware?.contract;
}

/** `/api/users/:id` → `/api/users/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '/')
    .split(/[^A-Za-z0-9:]+/)
    .filter(Boolean)
    .map((word) => (word.startsWith(':') ? `By${word.slice(1)}` : word))
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
  return method.toLowerCase() + words.join('');
}

function parameters(path: string, contract: RouteContract | undefined) {
  const inPath = [...path.matchAll(/:(\w+)/g)].map(([, name]) => {
    const described = contract?.pathParameters?.[name!];
    const description = typeof described?.description === 'string' ? { description: described.description } : {};
    return { name, in: 'path', required: true, ...description, schema: described ? toOpenApiSchema(described) : { type: 'string' } };
  });
  const query = contract?.query;
  const required = new Set<string>((query?.required as string[] | undefined) ?? []);
  const inQuery = Object.entries((query?.properties ?? {}) as Record<string, RJSFSchema>).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof schema.title === 'string' ? { description: schema.title } : {}),
    schema: toOpenApiSchema(schema),
  }));
  return [...inPath, ...inQuery];
}

function requestBody(contract: RouteContract | undefined) {
  if (contract?.body) {
    const required = Boolean((contract.body.required as string[] | undefined)?.length || contract.body.minProperties);
    return { required, content: { 'application/json': { schema: toOpenApiSchema(contract.body) } } };
  }
  const described = contract?.describedBody;
  if (!described) return undefined;
  const schema = described.schema ? { schema: toOpenApiSchema(described.schema) } : {};
  return {
    required: true,
    description: described.description,
    content: Object.fromEntries(described.mediaTypes.map((type) => [type, schema])),
  };
}

function errorStatuses(route: string, method: string, path: string, contract: RouteContract | undefined): ErrorStatus[] {
  const open = OPEN_ROUTES.includes(route);
  const takesBody = Boolean(contract?.body || contract?.describedBody);
  // Any route refuses a control character in a path segment or the query string (control-characters.ts).
  const statuses: ErrorStatus[] = [400];
  if (!open) statuses.push(401);
  if (!open || !SAFE.has(method)) statuses.push(403);
  if (path.includes(':')) statuses.push(404);
  if (['POST', 'PUT', 'PATCH'].includes(method) && contract?.conflicts !== false) statuses.push(409);
  const json = Boolean(contract?.body || contract?.describedBody?.mediaTypes.includes('application/json'));
  if (json) statuses.push(413, 415);
  if (takesBody || contract?.query || contract?.pathParameters) statuses.push(422);
  for (const status of contract?.alsoRefuses ?? []) if (!statuses.includes(status)) statuses.push(status);
  // Any request may meet a busy or unreachable database or Temporal (the session is read from the database).
  statuses.push(503);
  return statuses.sort((a, b) => a - b);
}

/** The route's success answers as its contract names them, else one line for any 2xx. */
function successes(contract: RouteContract | undefined) {
  if (!contract?.answers) return { '2XX': { description: 'Done: a JSON object (or the file a download route serves)' } };
  return Object.fromEntries(
    Object.entries(contract.answers).map(([status, { description, schema }]) => [
      status,
      { description, ...(schema ? { content: { 'application/json': { schema: toOpenApiSchema(schema) } } } : {}) },
    ]),
  );
}

function security(route: string, method: string, path: string) {
  const csrf = !SAFE.has(method) && !WITHOUT_CSRF.test(path);
  const session = !OPEN_ROUTES.includes(route);
  const requirement = { ...(session ? { session: [] } : {}), ...(csrf ? { csrf: [] } : {}) };
  return Object.keys(requirement).length ? [requirement] : [];
}

function operation(method: string, path: string, contract: RouteContract | undefined) {
  const route = `${method} ${path}`;
  const body = requestBody(contract);
  const tag = path === '/healthz' ? 'health' : (path.split('/')[2] ?? 'api');
  return {
    operationId: operationId(method, path),
    ...(contract?.summary ? { summary: contract.summary } : {}),
    tags: [tag],
    parameters: parameters(path, contract),
    ...(body ? { requestBody: body } : {}),
    responses: {
      ...successes(contract),
      ...Object.fromEntries(errorStatuses(route, method, path, contract).map((status) => [String(status), errorResponse(status)])),
    },
    security: security(route, method, path),
  };
}

const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'fugong_session',
    description: 'Set by `POST /api/session` (named `__Host-fugong_session` when the app is served over https)',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      'Every request but GET/HEAD/OPTIONS echoes the session’s token, sent with the cookies it came with: the `csrfToken` of ' +
      '`GET /api/session` (which sets the `fugong_csrf` cookie) until `POST /api/session` signs in, then the one the sign-in ' +
      'answers (it sets `fugong_session`; the earlier token is refused). 403 `csrf` says in `details` whether it was missing or stale',
  },
};

/** The OpenAPI 3.1 document of every route `app` serves under /api (and /healthz). */
export function openApiDocument(app: Application, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  for (const { method, path, handlers } of servedRoutes(app)) {
    // Express answers a route with its first match; a later declaration of the same route is never reached.
    if (seen.has(`${method} ${path}`)) continue;
    seen.add(`${method} ${path}`);
    (paths[openApiPath(path)] ??= {})[method.toLowerCase()] = operation(method, path, contractOf(handlers));
  }
  const { schemas, responses } = errorComponents();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fugong API',
      version,
      description:
        '复工系统的接口说明，由各路由校验请求所用的契约生成。错误统一为 `{ error: { code, message, details } }`。\n\n' +
        'The Fugong API, generated from the contracts each route validates its requests with. ' +
        'Every error is `{ error: { code, message, details } }`.',
    },
    paths,
    components: { schemas, responses, securitySchemes: SECURITY_SCHEMES },
  };
}
