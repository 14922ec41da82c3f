// Signs a demo user in over plain fetch (session cookie, CSRF token), for callers that want the raw Response: a test
// reading a download as bytes, a bench timing requests without a client library in the way. Tests and benches share it.
import { DEMO_PASSWORD } from '#core/demo/demo-seed';

/** A signed-in GET: the path under the base URL, in `lang` (zh-CN unless given). */
export type SignedGet = (path: string, lang?: string) => Promise<Response>;

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

/** Signs `username` in with the demo password; throws unless the sign-in answers 200. */
export async function signInOverFetch(baseUrl: string, username: string): Promise<SignedGet> {
  const first = await fetch(`${baseUrl}/api/session`);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { cookie: cookieOf(first), 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login as ${username}: ${login.status}`);
  const cookie = cookieOf(login);
  return (path, lang = 'zh-CN') => fetch(`${baseUrl}${path}`, { headers: { cookie, 'accept-language': lang } });
}
