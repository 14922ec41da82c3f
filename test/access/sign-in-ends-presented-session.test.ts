// Signing in on a browser that is still signed in (the next officer at a shared gate or office computer, who did not
// sign out the last one) starts a new session and ends the one the browser presented: its cookie is replaced, and the
// old token, wherever a copy of it is, no longer names anyone. A failed sign-in ends nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('signing in over a session still open', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(() => app?.stop());

  /** A copy of the session cookie `browser` holds now. */
  const cookieOf = (browser: HttpSession) => `fugong_session=${browser.cookie('fugong_session')!}`;
  const whoHolds = async (cookie: string) =>
    (await (await fetch(`${app.baseUrl}/api/session`, { headers: { cookie } })).json()).user as { username: string } | null;

  it("ends the first user's session when the next one signs in on the same browser", async () => {
    const browser = new HttpSession(app.baseUrl);
    await browser.login('ent01', DEMO_PASSWORD);
    const first = cookieOf(browser);
    expect(await whoHolds(first)).toMatchObject({ username: 'ent01' });

    await browser.login('ent02', DEMO_PASSWORD);
    expect((await browser.request('GET', '/api/session')).body.user).toMatchObject({ username: 'ent02' });
    expect(cookieOf(browser)).not.toBe(first);
    expect(await whoHolds(first)).toBeNull();
    const refused = await fetch(`${app.baseUrl}/api/submissions`, { headers: { cookie: first } });
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthenticated');
  });

  it('keeps the session when the sign-in over it fails', async () => {
    const browser = new HttpSession(app.baseUrl);
    await browser.login('ent03', DEMO_PASSWORD);
    const cookie = cookieOf(browser);
    const wrong = await browser.request('POST', '/api/session', { username: 'ent04', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('bad_credentials');
    expect(await whoHolds(cookie)).toMatchObject({ username: 'ent03' });
  });
});
