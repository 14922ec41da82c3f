// CSRF and origin checks on every state-changing request, whatever spelling of the path reaches the server.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { listRoutes } from '#web/server/route-list';
import { createApp } from '#web/server/create-app';
import { createLogger } from '#core/logger';
import type { Client } from '@temporalio/client';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

interface Answer {
  status: number;
  body: any;
}

/** Sends the path exactly as written (fetch would resolve `..` and merge slashes before the server saw them). */
function raw(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { ...headers, ...length } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// The Temporal UI's remote codec is called cross-origin without a CSRF token by design: it changes nothing but the audit
// log, takes only application/json (a preflight the foreign origin fails) and only an admin's session
// (test/temporal-codec/temporal-codec-endpoint.test.ts checks those defences).
const WITHOUT_CSRF = new Set(['POST /api/temporal-codec/decode']);
const VARIANTS: [string, (path: string) => string][] = [
  ['as declared', (p) => p],
  ['upper case', (p) => p.replace('/api/', '/API/')],
  ['capitalised', (p) => p.replace('/api/', '/Api/')],
  ['double slash', (p) => `/${p}`],
  ['dot segments', (p) => p.replace('/api/', '/api/../api/')],
  ['trailing slash', (p) => `${p}/`],
  ['upper-case tail', (p) => p.toUpperCase()],
];

describe('CSRF and origin checks', () => {
  let app: BareApp;
  let admin: HttpSession;
  let unsafeRoutes: string[];

  beforeAll(async () => {
    app = await startBareApp();
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const routes = listRoutes(createApp({ config: app.config, db: app.db, temporal: {} as Client, logger: createLogger('t', 'silent') }));
    unsafeRoutes = routes.filter((route) => UNSAFE.has(route.split(' ')[0]!) && !WITHOUT_CSRF.has(route));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const cookie = () => `fugong_session=${admin.cookie('fugong_session')}; fugong_csrf=${admin.csrfToken}`;

  it('knows the unsafe routes it iterates over', () => {
    expect(unsafeRoutes).toContain('PUT /api/settings');
    expect(unsafeRoutes).toContain('POST /api/import/:kind');
    expect(unsafeRoutes.length).toBeGreaterThan(40);
  });

  it.each(VARIANTS)('refuses every unsafe route without the token, path %s', async (_name, variant) => {
    const served: string[] = [];
    for (const route of unsafeRoutes) {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = variant(pattern.replace(/:(\w+)/g, 'x1'));
      const body = method === 'DELETE' ? undefined : '{}';
      const answer = await raw(app.baseUrl, method, path, { cookie: cookie(), 'content-type': 'application/json' }, body);
      if (answer.status !== 403 || answer.body?.error?.code !== 'csrf')
        served.push(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    expect(served).toEqual([]);
  });

  it('serves a path only as declared: other spellings are a JSON 404 even with the token', async () => {
    for (const path of ['/API/settings', '/Api/settings', '/api/SETTINGS', '//api/settings', '/api/../api/settings', '/api/settings/']) {
      const answer = await raw(
        app.baseUrl,
        'PUT',
        path,
        { cookie: cookie(), 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
        JSON.stringify({ maxEnterprisesPerCadre: 7 }),
      );
      expect({ path, status: answer.status, code: answer.body?.error?.code }).toEqual({ path, status: 404, code: 'no_route' });
    }
    expect((await admin.request('GET', '/api/settings')).body).not.toMatchObject({ maxEnterprisesPerCadre: 7 });
  });

  it('refuses a text/plain import from another spelling, and takes no text/plain import at all', async () => {
    const csv = 'name,credit_code,type\n试点建设有限公司,91370100MA3C5XXX1X,construction\n';
    const upper = await raw(app.baseUrl, 'POST', '/API/import/enterprises', { cookie: cookie(), 'content-type': 'text/plain' }, csv);
    expect(upper).toMatchObject({ status: 403, body: { error: { code: 'csrf' } } });
    const plain = await admin.request('POST', '/api/import/enterprises?dryRun=1', csv, { contentType: 'text/plain' });
    expect(plain).toMatchObject({ status: 400, body: { error: { code: 'empty_csv' } } });
  });

  it('refuses a valid token sent from a foreign origin, or that the browser marks cross-site or same-site', async () => {
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:1' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: app.config.publicUrl, 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of foreign) {
      const answer = await admin.request('PUT', '/api/settings', { maxEnterprisesPerCadre: 9 }, { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.body.error.code).toBe('foreign_origin');
      expect(answer.body.error.message).toContain('其他网站');
    }
    admin.locale = 'en';
    const english = await admin.request(
      'PUT',
      '/api/settings',
      { maxEnterprisesPerCadre: 9 },
      { headers: { origin: 'https://evil.example' } },
    );
    admin.locale = 'zh-CN';
    expect(english.body.error.message).toMatch(/another website/);
    expect((await admin.request('GET', '/api/settings')).body).not.toMatchObject({ maxEnterprisesPerCadre: 9 });
  });

  it('still takes the request from its own origin with the token, and without either header (scripts) with the token', async () => {
    const own = { origin: new URL(app.config.publicUrl).origin, 'sec-fetch-site': 'same-origin' };
    const fromPage = await admin.request('PUT', '/api/settings', { maxEnterprisesPerCadre: 6 }, { headers: own });
    expect(fromPage.status, JSON.stringify(fromPage.body)).toBe(200);
    const loopback = { origin: app.baseUrl };
    expect((await admin.request('PUT', '/api/settings', { maxEnterprisesPerCadre: 6 }, { headers: loopback })).status).toBe(200);
    expect((await admin.request('PUT', '/api/settings', { maxEnterprisesPerCadre: 6 })).status).toBe(200);
  });

  it('signs in from the React app: its origin, the token it read from GET /api/session', async () => {
    const browser = new HttpSession(app.baseUrl);
    browser.csrfToken = (await browser.request('GET', '/api/session')).body.csrfToken;
    const headers = { origin: app.baseUrl, 'sec-fetch-site': 'same-origin' };
    const signedIn = await browser.request('POST', '/api/session', { username: 'hq', password: DEMO_PASSWORD }, { headers });
    expect(signedIn).toMatchObject({ status: 200, body: { user: { username: 'hq' } } });
    const forged = new HttpSession(app.baseUrl);
    forged.csrfToken = (await forged.request('GET', '/api/session')).body.csrfToken;
    const crossSite = await forged.request(
      'POST',
      '/api/session',
      { username: 'hq', password: DEMO_PASSWORD },
      { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    );
    expect(crossSite).toMatchObject({ status: 403, body: { error: { code: 'foreign_origin' } } });
  });
});
