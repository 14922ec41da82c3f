// A tiny browser stand-in for API calls from tests, benches and drills: keeps cookies, echoes the CSRF token, speaks a
// chosen language; plus the signed-in sessions tests open as one user or another.
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import type { Locale } from '#core/domain/locale';

/** An HTTP client with a cookie jar against one base URL. */
export class HttpSession {
  private cookies = new Map<string, string>();
  csrfToken = '';

  constructor(
    readonly baseUrl: string,
    public locale: Locale = 'zh-CN',
  ) {}

  /** Sends a request; JSON bodies are encoded, and the CSRF header is added unless `csrf: false`. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; contentType?: string; headers?: Record<string, string> } = {},
    // Callers pick through JSON answers of many shapes (tests' own lint block allows `any` for the same reason).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const headers: Record<string, string> = {
      'accept-language': this.locale,
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    if (options.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    Object.assign(headers, options.headers);
    const raw = body instanceof Uint8Array || (typeof body === 'string' && options.contentType);
    const encoded: BodyInit | undefined = body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body);
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: encoded });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** GETs a file (an XLSX, say) as bytes with the session's cookies. */
  async download(path: string): Promise<{ status: number; bytes: Uint8Array; headers: Headers }> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { 'accept-language': this.locale, cookie } });
    return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
  }

  /** The same browser (cookie jar, CSRF token, language) talking to another base URL: another replica of the app. */
  at(baseUrl: string): HttpSession {
    const other = new HttpSession(baseUrl, this.locale);
    other.cookies = this.cookies;
    other.csrfToken = this.csrfToken;
    return other;
  }

  /** The value of a cookie in the jar. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Fetches a CSRF token, then signs in; throws unless the login succeeds. */
  async login(username: string, password: string): Promise<void> {
    const session = await this.request('GET', '/api/session');
    this.csrfToken = session.body.csrfToken;
    const answer = await this.request('POST', '/api/session', { username, password });
    if (answer.status !== 200) throw new Error(`login as ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    this.csrfToken = answer.body.csrfToken;
  }
}

/** A new session in `locale` (zh-CN unless given), signed in as `username` with `password` (the demo password unless given). */
export async function signedIn(
  baseUrl: string,
  username: string,
  options: { locale?: Locale; password?: string } = {},
): Promise<HttpSession> {
  const session = new HttpSession(baseUrl, options.locale);
  await session.login(username, options.password ?? DEMO_PASSWORD);
  return session;
}

/** Demo-password sessions signed in once per user and language, then reused; the base URL is read at each first sign-in. */
export function signedInOnce(baseUrl: () => string): (username: string, locale?: Locale) => Promise<HttpSession> {
  // Promises, not sessions, so two first calls racing for one user share a single sign-in.
  const sessions = new Map<string, Promise<HttpSession>>();
  return (username, locale = 'zh-CN') => {
    const key = `${username}/${locale}`;
    let session = sessions.get(key);
    if (!session) {
      session = signedIn(baseUrl(), username, { locale });
      sessions.set(key, session);
    }
    return session;
  };
}
