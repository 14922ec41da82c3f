// The API description at GET /api/openapi.json, on a real app over a seeded SQLite file: a valid OpenAPI 3.1 document,
// every route the app serves and nothing else, each body schema the very one the route validates with — and each such
// route answers a body that breaks its documented schema with a 422 naming the field.
import type { RJSFSchema } from '@rjsf/utils';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { createLogger } from '#core/logger';
import { createApp } from '#web/server/create-app';
import { contractOf, OPEN_ROUTES, openApiPath } from '#web/server/openapi/openapi-document';
import { toOpenApiSchema } from '#web/server/openapi/openapi-schema';
import { pageQuery } from '#web/server/paging';
import { PAGE_QUERY_PROPERTIES } from '#web/server/route-contract';
import { listRoutes, servedRoutes } from '#web/server/route-list';
import { LOGIN, PERSONAS, TABLE, isAllowed, type Persona } from '#scripts/kit/authorization-table';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

/** Arrays in an answer that are no list a client pages: a handful of choices or parts of one record. */
const NOT_LISTS: Record<string, string[]> = {
  // The evaluation's inputs are its fixed columns.
  'GET /api/evaluation': ['inputs'],
  'GET /api/evaluation/enterprises/:id': ['inputs'],
  // One form's versions are the parts of that one form.
  'GET /api/admin/forms/:key': ['versions'],
  // The dashboard's figure groups are the sections of one report.
  'GET /api/dashboard': ['groups'],
};

/** A value for a path parameter, where `1` would not name anything. */
const PATH_SAMPLES: Record<string, string> = {
  date: '2031-01-06',
  locale: 'en',
  key: 'daily-report',
  formKey: 'daily-report',
  name: 'case-update',
};

type Operation = {
  operationId: string;
  summary?: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, unknown>;
  security: Record<string, string[]>[];
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

/** A value of another JSON type than `schema` names, so the validator must refuse it at that property. */
function wrongTypeFor(schema: RJSFSchema): unknown {
  return schema.type === 'string' ? 12345 : 'not-a-valid-value';
}

/** The first property of an object schema that names a type, to send a wrong value for. */
function typedProperty(schema: RJSFSchema): [string, RJSFSchema] {
  const found = Object.entries((schema.properties ?? {}) as Record<string, RJSFSchema>).find(([, inner]) => typeof inner.type === 'string');
  if (!found) throw new Error(`no typed property in ${JSON.stringify(schema)}`);
  return found;
}

/** A signed-in persona the access matrix lets call `route`. */
function allowedPersona(route: string): Exclude<Persona, 'anonymous'> {
  const persona = PERSONAS.find((p) => p !== 'anonymous' && isAllowed(TABLE[route]!, p, 'own'));
  if (!persona) throw new Error(`the access matrix lets no signed-in role call ${route}`);
  return persona as Exclude<Persona, 'anonymous'>;
}

describe('the API description (OpenAPI 3.1)', () => {
  let bare: BareApp;
  let app: Express;
  let document: Document;
  const sessions = new Map<string, HttpSession>();
  const signedIn = async (persona: Exclude<Persona, 'anonymous'>) => {
    if (!sessions.has(persona)) {
      const session = new HttpSession(bare.baseUrl, 'en');
      await session.login(LOGIN[persona], DEMO_PASSWORD);
      sessions.set(persona, session);
    }
    return sessions.get(persona)!;
  };

  beforeAll(async () => {
    bare = await startBareApp();
    app = createApp({ config: bare.config, db: bare.db, temporal: {} as never, logger: createLogger('test', 'silent') });
    const answer = await new HttpSession(bare.baseUrl).request('GET', '/api/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    document = answer.body;
  });
  afterAll(async () => {
    await bare?.stop();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );
  const operationOf = (method: string, path: string) => document.paths[openApiPath(path)]?.[method.toLowerCase()];

  it('is valid OpenAPI 3.1 by the specification schema', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every route the app serves, with its path parameters, and nothing else', () => {
    const served = listRoutes(app).map((route) => route.replace(/:(\w+)/g, '{$1}'));
    expect(
      operations()
        .map(({ route }) => route)
        .sort(),
    ).toEqual(served.sort());
    expect(served.length).toBeGreaterThan(80);
    for (const route of listRoutes(app)) {
      const [method, path] = route.split(' ') as [string, string];
      const names = [...path.matchAll(/:(\w+)/g)].map(([, name]) => name);
      const inPath = operationOf(method, path)!.parameters.filter((p) => p.in === 'path');
      expect(
        inPath.map((p) => p.name),
        route,
      ).toEqual(names);
      expect(inPath.every((p) => p.required)).toBe(true);
      expect(operationOf(method, path)!.tags).toEqual([path === '/healthz' ? 'health' : path.split('/')[2]]);
    }
  });

  it('asks a session for every route but those the access matrix opens to anyone, and the CSRF header on every change', () => {
    const anonymous = Object.keys(TABLE).filter((route) => isAllowed(TABLE[route]!, 'anonymous', 'own'));
    expect([...OPEN_ROUTES].sort()).toEqual(anonymous.sort());
    for (const route of listRoutes(app)) {
      const [method, path] = route.split(' ') as [string, string];
      const needs = operationOf(method, path)!.security.flatMap((requirement) => Object.keys(requirement));
      expect(needs.includes('session'), route).toBe(!OPEN_ROUTES.includes(route));
      expect(needs.includes('csrf'), route).toBe(method !== 'GET' && !path.startsWith('/api/temporal-codec/'));
    }
  });

  it('documents each body with the schema its route validates with, read from the router', () => {
    const withBody = servedRoutes(app).filter((route) => contractOf(route.handlers)?.body);
    expect(withBody.length).toBeGreaterThan(30);
    for (const { method, path, handlers } of withBody) {
      const validated = JSON.parse(JSON.stringify(contractOf(handlers)!.body));
      const documented = operationOf(method, path)!.requestBody!.content['application/json']!.schema;
      expect(documented, `${method} ${path}`).toEqual(validated);
      expect(operationOf(method, path)!.responses['422']).toEqual({ $ref: '#/components/responses/Invalid' });
    }
  });

  it('declares a body contract on every route the access matrix sends a JSON body to', () => {
    const declared = new Map(servedRoutes(app).map((route) => [`${route.method} ${route.path}`, contractOf(route.handlers)]));
    const sentJson = Object.entries(TABLE).filter(([, entry]) => entry.body && !entry.contentType);
    expect(sentJson.length).toBeGreaterThan(30);
    for (const [route] of sentJson) {
      const contract = declared.get(route);
      expect(Boolean(contract?.body || contract?.describedBody?.mediaTypes.includes('application/json')), route).toBe(true);
    }
    for (const [route, entry] of Object.entries(TABLE).filter(([, e]) => e.contentType))
      expect(declared.get(route)?.describedBody?.mediaTypes, route).toContain(entry.contentType);
  });

  it('leaves out only the form renderer’s ui: keys, which are no JSON Schema keywords', () => {
    const schema = { type: 'object', 'ui:order': ['a'], properties: { a: { type: 'string', 'ui:widget': 'textarea', minLength: 1 } } };
    expect(toOpenApiSchema(schema as RJSFSchema)).toEqual({ type: 'object', properties: { a: { type: 'string', minLength: 1 } } });
  });

  it('answers a body that breaks the documented schema with a 422 naming the field, on every route with a body contract', async () => {
    const checked: string[] = [];
    for (const { method, path } of servedRoutes(app).filter((route) => contractOf(route.handlers)?.body)) {
      const route = `${method} ${path}`;
      const schema = operationOf(method, path)!.requestBody!.content['application/json']!.schema as RJSFSchema;
      const session = await signedIn(allowedPersona(route));
      const url = path.replace(/:(\w+)/g, (_, name: string) => (name === 'date' ? '2031-01-06' : name === 'locale' ? 'en' : '1'));
      const [property, propertySchema] = typedProperty(schema);
      const wrongType = await session.request(method, url, { [property]: wrongTypeFor(propertySchema) });
      expect(wrongType.status, `${route}: ${JSON.stringify(wrongType.body)}`).toBe(422);
      expect(wrongType.body.error.code).toBe('invalid_body');
      expect(
        wrongType.body.error.details.map((d: { path: string }) => d.path),
        route,
      ).toContain(`/${property}`);
      const required = (schema.required as string[] | undefined) ?? [];
      if (required.length) {
        const empty = await session.request(method, url, {});
        expect(empty.status, route).toBe(422);
        expect(
          empty.body.error.details.map((d: { path: string }) => d.path),
          route,
        ).toContain(`/${required[0]}`);
      }
      checked.push(route);
    }
    expect(checked.length).toBeGreaterThan(30);
  });

  it('pages every list it answers: a GET whose answer holds a list declares PAGE_QUERY_PROPERTIES and answers its page', async () => {
    const lists: string[] = [];
    const unpaged: string[] = [];
    for (const { method, path, handlers } of servedRoutes(app).filter((route) => route.method === 'GET')) {
      const route = `${method} ${path}`;
      if (!TABLE[route] || OPEN_ROUTES.includes(route) || /\.(csv|xlsx)$|\/docs|\/images\//.test(path)) continue;
      const session = await signedIn(allowedPersona(route));
      const url = path.replace(/:(\w+)/g, (_, name: string) => PATH_SAMPLES[name] ?? '1');
      const answer = await session.request('GET', url);
      if (answer.status !== 200 || typeof answer.body !== 'object' || answer.body === null) continue;
      const arrays = Object.entries(answer.body as Record<string, unknown>)
        .filter(([name, value]) => Array.isArray(value) && !NOT_LISTS[route]?.includes(name))
        .map(([name]) => name);
      if (!arrays.length) continue;
      lists.push(route);
      const properties = (contractOf(handlers)?.query?.properties ?? {}) as Record<string, unknown>;
      const pages =
        JSON.stringify({ limit: properties.limit, offset: properties.offset }) === JSON.stringify(PAGE_QUERY_PROPERTIES) &&
        answer.body.page?.limit === pageQuery({}).limit &&
        answer.body.page?.offset === 0 &&
        Number.isInteger(answer.body.page?.total);
      if (!pages) unpaged.push(`${route} (${arrays.join(', ')})`);
    }
    expect(unpaged).toEqual([]);
    expect(lists).toEqual(expect.arrayContaining(['GET /api/evaluation', 'GET /api/visits', 'GET /api/calendar', 'GET /api/me/todo']));
    expect(lists.length).toBeGreaterThan(25);
  });

  it('serves the viewer’s own files by name and nothing else', async () => {
    const anonymous = new HttpSession(bare.baseUrl);
    for (const name of ['__proto__', 'constructor', 'toString', '..%2Fpackage.json', 'nothing.js'])
      expect((await anonymous.request('GET', `/api/docs/${name}`)).status, name).toBe(404);
    expect((await anonymous.request('GET', '/api/docs/docs-page.js')).status).toBe(200);
  });

  it('checks who is asking before the body: an anonymous caller meets 401 whatever it sends', async () => {
    const anonymous = new HttpSession(bare.baseUrl);
    anonymous.csrfToken = (await anonymous.request('GET', '/api/session')).body.csrfToken;
    expect(anonymous.csrfToken).toBeTruthy();
    const answer = await anonymous.request('POST', '/api/users', { username: 1 });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).not.toBe('invalid_body');
  });

  it('tells a script the codes it meets signing in, submitting, retrying and signing out, as the routes answer them', async () => {
    const components = document.components as unknown as {
      responses: Record<string, { description: string }>;
      securitySchemes: Record<string, { description: string }>;
    };
    // A wrong password at sign-in is 401 `bad_credentials`, which "Sign in first" alone did not say.
    const wrong = await new HttpSession(bare.baseUrl).login('ent03', 'not-the-password').catch((error: Error) => error.message);
    expect(String(wrong)).toContain('bad_credentials');
    expect(components.responses.Unauthenticated!.description).toContain('`bad_credentials`');
    expect(components.responses.BadRequest!.description).toContain('`bad_submission_id`');
    expect(components.responses.Forbidden!.description).toContain('`foreign_origin`');
    // The token changes at sign-in; the scheme says which one to echo, and that its cookies go with it.
    expect(components.securitySchemes.csrf!.description).toMatch(/then the one the sign-in answers/);
    const submit = document.paths['/api/forms/{key}/submissions']!.post! as Operation & { requestBody: { description: string } };
    expect(submit.requestBody.description).toContain('409 `submission_id_reused`');
    // A script retries on 503 (Retry-After) and is told 415 for a body not sent as JSON: both are documented.
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['413', '415', '503']));
    expect(Object.keys(document.paths['/api/submissions']!.get!.responses)).toContain('503');
    expect(Object.keys(document.paths['/api/submissions']!.get!.responses)).not.toContain('415');
    expect(components.responses.Unavailable!.description).toContain('`Retry-After`');
    const text = await (
      await signedIn('enterprise')
    ).request('POST', '/api/forms/daily-report/submissions', 'x', { contentType: 'text/plain' });
    expect(text.body.error.code).toBe('unsupported_media_type');
    // Signing out answers 204 with no body, not "a JSON object".
    const signOut = document.paths['/api/session']!.delete!.responses;
    expect(Object.keys(signOut)).not.toContain('2XX');
    expect(signOut['204']).toEqual({ description: 'Signed out: the session cookie is cleared; no body' });
  });

  it('lists the statuses a route answers: 400 for a control character on any route, 409 only where a change can clash', async () => {
    const statusesOf = (method: string, path: string) => Object.keys(operationOf(method, path)!.responses);
    const anonymous = await new HttpSession(bare.baseUrl, 'en').request('GET', '/api/session?q=%01');
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.error.code).toBe('control_character');
    expect(anonymous.body.error.details).toEqual([{ path: '?q', message: 'control character not allowed' }]);
    for (const { route, operation } of operations()) expect(Object.keys(operation.responses), route).toContain('400');
    // Signing in writes nothing that can clash; creating a user can (a username taken).
    expect(statusesOf('POST', '/api/session')).not.toContain('409');
    expect(statusesOf('POST', '/api/session')).toEqual(expect.arrayContaining(['400', '401', '403', '429']));
    expect(statusesOf('POST', '/api/users')).toContain('409');
  });

  it('describes the error answers the app really gives: { error: { code, message, details } }', async () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: 'https://fugong.test/openapi.json', components: document.components });
    const isError = ajv.compile({ $ref: 'https://fugong.test/openapi.json#/components/schemas/Error' });
    const admin = await signedIn('admin');
    const answers = [
      await new HttpSession(bare.baseUrl).request('GET', '/api/users'),
      await admin.request('GET', '/api/enterprises/999999'),
      await admin.request('POST', '/api/users', { username: 1 }),
      await admin.request('POST', '/api/users', {}, { csrf: false }),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 404, 422, 403]);
    for (const answer of answers) expect(isError(answer.body), JSON.stringify([answer.body, isError.errors])).toBe(true);
    expect(isError({ error: { code: 'x', message: 'y' } })).toBe(false);
  });
});
