// A city system signing in from a script with plain fetch, as README's API section tells it: the refusals it meets on
// the way say what to send, since a script has no page to reload ("reload the page" was all a 403 `csrf` said).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';

/** The `name=value` pairs of an answer's Set-Cookie headers, as a Cookie header. */
const cookiesOf = (answer: Response) =>
  answer.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');

describe('signing in from a script', () => {
  let app: BareApp;
  const credentials = JSON.stringify({ username: 'ent01', password: DEMO_PASSWORD });
  const post = (path: string, headers: Record<string, string>, body?: string) =>
    fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
      body,
    });

  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('says which header is missing, and that the token goes with the cookies it came with', async () => {
    const bare = await post('/api/session', {}, credentials);
    expect(bare.status).toBe(403);
    expect(((await bare.json()) as { error: unknown }).error).toEqual({
      code: 'csrf',
      message: 'The page has expired or the request did not come from Fugong; reload the page and try again',
      details: [
        {
          path: '',
          message:
            'No x-csrf-token header: send the csrfToken of GET /api/session (once signed in, the one the sign-in answered), with the cookies those answers set (fugong_session, fugong_csrf)',
        },
      ],
    });
    // The token alone, its cookie not kept (fetch keeps none): another token than the request's.
    const session = await fetch(`${app.baseUrl}/api/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const tokenOnly = await post('/api/session', { 'x-csrf-token': csrfToken, 'accept-language': 'zh-CN' }, credentials);
    expect(tokenOnly.status).toBe(403);
    expect(((await tokenOnly.json()) as { error: { details: unknown } }).error.details).toEqual([
      {
        path: '',
        message:
          'x-csrf-token 与本会话的令牌不符：登录会更换令牌，请改用登录应答中的 csrfToken（或再取 GET /api/session），并带上这些应答设置的 Cookie（fugong_session, fugong_csrf）',
      },
    ]);
  });

  it('is told to send JSON when its body goes as text, fetch’s default for a string body, at sign-in and on submitting', async () => {
    const session = await fetch(`${app.baseUrl}/api/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const asText = { 'content-type': 'text/plain;charset=UTF-8', 'x-csrf-token': csrfToken, cookie: cookiesOf(session) };
    const signIn = await post('/api/session', asText, credentials);
    expect(signIn.status).toBe(415);
    const refused = {
      code: 'unsupported_media_type',
      message: 'Send the body as JSON, with Content-Type: application/json',
      details: [],
    };
    // It was 400 `missing_credentials`: "Enter your username and password", which the body held.
    expect(((await signIn.json()) as { error: unknown }).error).toEqual(refused);
    const signedIn = await post('/api/session', { 'x-csrf-token': csrfToken, cookie: cookiesOf(session) }, credentials);
    const token = ((await signedIn.json()) as { csrfToken: string }).csrfToken;
    const submissionId = '6f1c7a52-3b1e-4a55-9a55-0d5d3a1f0b11';
    const report = JSON.stringify({ submissionId, data: { projectsStarted: 1 } });
    const headers = { 'content-type': 'text/plain;charset=UTF-8', 'x-csrf-token': token, cookie: cookiesOf(signedIn) };
    const submitted = await post('/api/forms/daily-report/submissions', headers, report);
    expect(submitted.status).toBe(415);
    // It was 400 `bad_submission_id`, "submissionId must be a UUID", of a UUID; nothing is filed.
    expect(((await submitted.json()) as { error: unknown }).error).toEqual(refused);
    expect(await app.db('submissions').where({ id: submissionId }).first()).toBeUndefined();
  });

  it('signs in with the token and its cookie, then takes the token the sign-in answered and refuses the old one', async () => {
    const session = await fetch(`${app.baseUrl}/api/session`);
    const before = (await session.json()) as { csrfToken: string };
    const signIn = await post('/api/session', { 'x-csrf-token': before.csrfToken, cookie: cookiesOf(session) }, credentials);
    expect(signIn.status).toBe(200);
    const after = (await signIn.json()) as { csrfToken: string; user: { username: string } };
    expect(after.user.username).toBe('ent01');
    expect(after.csrfToken).not.toBe(before.csrfToken);
    const cookie = cookiesOf(signIn);
    const stale = await fetch(`${app.baseUrl}/api/session`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': before.csrfToken, 'accept-language': 'en' },
    });
    expect(stale.status).toBe(403);
    expect(((await stale.json()) as { error: { details: { message: string }[] } }).error.details[0]!.message).toMatch(
      /^x-csrf-token does not match this session's token: signing in changes it/,
    );
    const signOut = await fetch(`${app.baseUrl}/api/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': after.csrfToken } });
    expect(signOut.status).toBe(204);
    const gone = await fetch(`${app.baseUrl}/api/forms`, { headers: { cookie } });
    expect(gone.status).toBe(401);
  });
});
