// The session answer names the server's zone (FUGONG_TIME_ZONE), signed in or not, so the app reads local dates and
// times in it (web/app/src/format/server-time-zone.ts) and keeps it with the cached answer for offline use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

describe('the session answer names the server zone', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp({ env: { FUGONG_TIME_ZONE: 'America/New_York' } });
  });
  afterAll(() => app.stop());

  it('names it before signing in, on signing in and on every later session answer, as GET /api/time does', async () => {
    const session = new HttpSession(app.baseUrl);
    const anonymous = await session.request('GET', '/api/session');
    expect(anonymous.body).toMatchObject({ user: null, timeZone: 'America/New_York' });
    session.csrfToken = anonymous.body.csrfToken;
    const signedIn = await session.request('POST', '/api/session', { username: 'cadre1', password: DEMO_PASSWORD });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ user: { username: 'cadre1' }, timeZone: 'America/New_York' });
    session.csrfToken = signedIn.body.csrfToken;
    const again = await session.request('GET', '/api/session');
    expect(again.body).toMatchObject({ user: { username: 'cadre1' }, timeZone: 'America/New_York' });
    expect((await session.request('GET', '/api/time')).body.timeZone).toBe(again.body.timeZone);
  });
});
