// Every route that reads a JSON body reads it through the contract it declares (route-contract.ts: `accepts({ body })`
// and `bodyOf`, or a closed `describedBody` and `describedBodyOf`), so a top-level field the route does not take is
// answered 422 at its name. A route that read `req.body` itself, or declared an open body, dropped a misspelt optional
// field without a word: an assignment ended "ended" for a `reson`, a test-submit checked the stored form for a
// `definiton`.
import type { RJSFSchema } from '@rjsf/utils';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { contractOf, OPEN_ROUTES } from '#web/server/openapi/openapi-document';
import type { RouteContract } from '#web/server/route-contract';
import { servedRoutes } from '#web/server/route-list';
import { LOGIN, PERSONAS, TABLE, isAllowed, type Persona } from '#scripts/kit/authorization-table';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { serverSourcesReading, sources, SERVER, watchedApp } from '../helpers/route-readers';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The contract, whose bodyOf and describedBodyOf are how a route reads its body. */
const CONTRACT = 'web/server/route-contract.ts';
/** The checks every request's body passes before any route reads it. */
const EVERY_BODY = ['web/server/json-depth.ts', 'web/server/control-characters.ts'];
/** Routes whose body is not JSON, and which read it themselves: a file's bytes, CSV text. */
const NOT_JSON_READERS = ['web/server/uploads/upload-routes.ts', 'web/server/import/import-routes.ts'];
const within = (modules: string[], reader: string) => modules.some((module) => reader.startsWith(`${module}:`));
/** Routes whose top level is a form's data, checked against that form's own schema rather than one declared here. */
const FORM_DATA_BODIES = ['POST /api/visits'];
/** Another party's protocol (the Temporal UI's codec server): a field a later version adds is let through. */
const THEIR_PROTOCOL = ['POST /api/temporal-codec/decode'];

/** A value for a path parameter that names no form, so publish and retire find nothing to act on. */
const PATH_SAMPLES: Record<string, string> = { date: '2031-01-06', locale: 'en', key: 'no-such-form', formKey: 'no-such-form' };
const UNKNOWN = 'notAField';

/** Why the body a contract declares lets an unknown top-level field through, or null when it refuses one. */
function openness(contract: RouteContract | undefined): string | null {
  const closed = (schema: RJSFSchema | undefined) => schema?.type === 'object' && schema.additionalProperties === false;
  if (contract?.body) return closed(contract.body) ? null : 'its body schema is not closed (additionalProperties: false)';
  const described = contract?.describedBody;
  if (!described?.mediaTypes.includes('application/json')) return null;
  return closed(described.schema) ? null : 'its described JSON body has no closed schema (additionalProperties: false)';
}

describe('body contracts', () => {
  let bare: BareApp;
  let app: Express;
  let baseUrl: string;
  let close: () => Promise<void>;
  /** Who read `req.body` during the request in flight (`module:line`), beside the checks every body passes. */
  let readers = new Set<string>();

  beforeAll(async () => {
    bare = await startBareApp();
    ({ app, baseUrl, close } = await watchedApp(bare, 'body', (reader) => {
      if (reader !== '(unknown)' && !within(EVERY_BODY, reader)) readers.add(reader);
    }));
  });
  afterAll(async () => {
    await close?.();
    await bare?.stop();
  });

  it('leaves reading a JSON body to the contract: no other module under web/server reads req.body', () => {
    expect(sources(SERVER).length).toBeGreaterThan(100);
    expect(serverSourcesReading('body', [CONTRACT, ...EVERY_BODY, ...NOT_JSON_READERS])).toEqual([]);
  });

  it('declares a closed body on every mutating route, as the app serves it, that takes JSON', () => {
    const mutating = servedRoutes(app).filter((route) => MUTATING.has(route.method));
    expect(mutating.length).toBeGreaterThan(60);
    const open = mutating
      .map(({ method, path, handlers }) => ({ route: `${method} ${path}`, why: openness(contractOf(handlers)) }))
      .filter(({ route, why }) => why && !FORM_DATA_BODIES.includes(route) && !THEIR_PROTOCOL.includes(route))
      .map(({ route, why }) => `${route}: ${why}`);
    expect(open).toEqual([]);
  });

  it('refuses an unknown top-level field at its name on every mutating route that reads its body', async () => {
    const sessions = new Map<Persona, HttpSession>();
    const sessionOf = async (persona: Persona) => {
      if (!sessions.has(persona)) {
        const session = new HttpSession(baseUrl);
        if (persona !== 'anonymous') await session.login(LOGIN[persona], DEMO_PASSWORD);
        else session.csrfToken = (await session.request('GET', '/api/session')).body.csrfToken;
        sessions.set(persona, session);
      }
      return sessions.get(persona)!;
    };
    const unrefused: string[] = [];
    let read = 0;
    for (const { method, path } of servedRoutes(app).filter((route) => MUTATING.has(route.method))) {
      const route = `${method} ${path}`;
      if (THEIR_PROTOCOL.includes(route)) continue;
      const entry = TABLE[route];
      const persona = OPEN_ROUTES.includes(route)
        ? 'anonymous'
        : PERSONAS.find((p) => p !== 'anonymous' && entry && isAllowed(entry, p, 'own'));
      if (!persona) continue;
      // Signed in first: a sign-in reads its own body.
      const session = await sessionOf(persona);
      readers = new Set();
      const url = path.replace(/:(\w+)/g, (_, name: string) => PATH_SAMPLES[name] ?? '1');
      const answer = await session.request(method, url, { [UNKNOWN]: true });
      if (!readers.size || [...readers].some((reader) => within(NOT_JSON_READERS, reader))) continue;
      read += 1;
      const own = [...readers].filter((reader) => !within([CONTRACT], reader));
      const named = answer.status === 422 && (answer.body?.error?.details ?? []).some((d: { path: string }) => d.path === `/${UNKNOWN}`);
      if (own.length) unrefused.push(`${route} reads req.body beside its contract (${own.join(', ')})`);
      else if (!named) unrefused.push(`${route} answered ${answer.status} ${JSON.stringify(answer.body?.error ?? answer.body)}`);
    }
    expect(read).toBeGreaterThan(30);
    expect(unrefused).toEqual([]);
  });
});
