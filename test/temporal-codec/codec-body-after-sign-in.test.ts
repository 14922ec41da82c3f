// The codec endpoint takes bodies of up to 8 MB (a page of history), 32 times what the rest of the app reads. It read
// and parsed them before asking who called: anyone could make the process parse 8 MB per request, and three anonymous
// bodies nested millions deep held it for seconds before their 401. Now only an admin's body is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const DECODE = '/api/temporal-codec/decode';
/** Past the endpoint's 8 MB: read, it is answered 413. */
const OVERSIZED = `{"payloads":[{"data":"${'A'.repeat(9 * 1024 * 1024)}"}]}`;
const NOT_JSON = '{"payloads": [';

describe('the Temporal codec endpoint reads a body only once an admin calls', () => {
  let app: BareApp;
  const signedIn = async (username: string) => {
    const session = new HttpSession(app.baseUrl);
    await session.login(username, DEMO_PASSWORD);
    return session;
  };
  const send = (session: HttpSession, body: string) =>
    session.request('POST', DECODE, body, { csrf: false, contentType: 'application/json' });

  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(() => app?.stop());

  it('answers an anonymous caller 401 without parsing what it sent', async () => {
    for (const body of [NOT_JSON, OVERSIZED]) {
      const answer = await send(new HttpSession(app.baseUrl), body);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toMatchObject({ code: 'unauthenticated', message: '请先登录' });
    }
  });

  it('answers a signed-in user who is not an admin 403 without parsing what it sent', async () => {
    const hq = await signedIn('hq');
    for (const body of [NOT_JSON, OVERSIZED]) {
      const answer = await send(hq, body);
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('forbidden');
    }
  });

  it("still reads an admin's body, and says when it is not JSON or too large", async () => {
    const admin = await signedIn('admin');
    const broken = await send(admin, NOT_JSON);
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('bad_json');
    const large = await send(admin, OVERSIZED);
    expect(large.status).toBe(413);
    expect(large.body.error.code).toBe('too_large');
  });
});
