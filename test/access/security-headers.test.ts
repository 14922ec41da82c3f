// What every answer tells the browser: a CSP for our own files only, no framing; `__Host-` cookies behind https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['the web app (HTML)', '/'],
    ['a deep link of the web app', '/inbox'],
    ['an API answer', '/api/session'],
    ['an API refusal', '/api/users'],
    ['an unknown API route', '/api/nothing-here'],
  ])('sends the CSP and frame protection on %s', async (_name, path) => {
    const response = await fetch(`${app.baseUrl}${path}`);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    // No CDN or other host anywhere: every source is a keyword, data: or blob:.
    const hosts = [...csp.values()].flat().filter((source) => !/^('[\w-]+'|data:|blob:)$/.test(source));
    expect(hosts).toEqual([]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // Plain http (a local trial): no upgrade of requests and no HSTS, which would break it.
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('names its cookies plainly over http', async () => {
    const session = new HttpSession(app.baseUrl);
    const first = await fetch(`${app.baseUrl}/api/session`);
    expect(first.headers.getSetCookie().join('\n')).toMatch(/^fugong_csrf=[\w-]+; Path=\/; SameSite=Strict$/m);
    await session.login('hq', DEMO_PASSWORD);
    expect(session.cookie('fugong_session')).toBeTruthy();
  });

  it('lets no browser or proxy keep an API answer, while the app shell is only revalidated', async () => {
    const session = new HttpSession(app.baseUrl);
    await session.login('cadre1', DEMO_PASSWORD);
    for (const path of ['/api/session', '/api/enterprises', '/api/submissions', '/api/nothing-here']) {
      const answer = await session.request('GET', path);
      expect(answer.headers.get('cache-control'), path).toBe('no-store');
    }
    expect((await fetch(`${app.baseUrl}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('makes its own request id whatever the caller sends, so no audit entry carries a forged one', async () => {
    const forged = '8d9c9275-a3ef-43d3-864d-2da010d88661';
    const first = await fetch(`${app.baseUrl}/api/session`, { headers: { 'x-request-id': forged } });
    const answered = first.headers.get('x-request-id');
    expect(answered).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(answered).not.toBe(forged);
    const csrf = first.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .find((cookie) => cookie.startsWith('fugong_csrf='))!;
    const login = await fetch(`${app.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.split('=')[1]!, cookie: csrf, 'x-request-id': forged },
      body: JSON.stringify({ username: 'hq', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const entry = await app.db('audit_log').where({ action: 'session.login' }).orderBy('id', 'desc').first('request_id');
    expect(entry.request_id).toBe(login.headers.get('x-request-id'));
    expect(await app.db('audit_log').where({ request_id: forged }).first()).toBeUndefined();
  });
});

describe('security headers behind https', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp({ env: { PUBLIC_URL: 'https://fugong.example.cn' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('uses __Host- cookies (Secure, Path=/, no Domain) for the CSRF token and the session, and reads them back', async () => {
    const first = await fetch(`${app.baseUrl}/api/session`);
    const csrfLine = first.headers.getSetCookie().find((line) => line.startsWith('__Host-fugong_csrf='));
    expect(csrfLine).toMatch(/^__Host-fugong_csrf=[\w-]+; Path=\/; Secure; SameSite=Strict$/);
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const login = await fetch(`${app.baseUrl}/api/session`, {
      method: 'POST',
      headers: {
        cookie: `__Host-fugong_csrf=${csrfToken}`,
        'x-csrf-token': csrfToken,
        'content-type': 'application/json',
        origin: 'https://fugong.example.cn',
      },
      body: JSON.stringify({ username: 'hq', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const lines = login.headers.getSetCookie();
    const sessionLine = lines.find((line) => line.startsWith('__Host-fugong_session='));
    expect(sessionLine).toMatch(/^__Host-fugong_session=[\w-]+; Max-Age=\d+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    expect(lines.join('\n')).not.toMatch(/Domain=/i);
    expect(lines.join('\n')).not.toMatch(/^fugong_/m);
    const token = sessionLine!.split(';')[0]!.split('=')[1];
    const newCsrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const me = await fetch(`${app.baseUrl}/api/session`, {
      headers: { cookie: `__Host-fugong_session=${token}; __Host-fugong_csrf=${newCsrf}` },
    });
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe('hq');
    // The unprefixed name means nothing here: a cookie planted by a sibling subdomain is not a session.
    const planted = await fetch(`${app.baseUrl}/api/session`, { headers: { cookie: `fugong_session=${token}` } });
    expect(((await planted.json()) as { user: unknown }).user).toBeNull();
    const logout = await fetch(`${app.baseUrl}/api/session`, {
      method: 'DELETE',
      headers: { cookie: `__Host-fugong_session=${token}; __Host-fugong_csrf=${newCsrf}`, 'x-csrf-token': newCsrf },
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join('\n')).toMatch(
      /^__Host-fugong_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure$/m,
    );
  });

  it('asks for https everywhere: upgrade-insecure-requests and HSTS', async () => {
    const response = await fetch(`${app.baseUrl}/api/session`);
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });
});
