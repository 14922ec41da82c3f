// A minimal signed-in API client for scripts: cookie jar, CSRF header, JSON in and out.

/** One signed-in user against a running Fugong. */
export class ApiSession {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(readonly baseUrl: string) {}

  /** Sends a request; throws with the answer's text unless it succeeded. */
  async send<T = unknown>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'accept-language': 'zh-CN',
    };
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = contentType;
    const encoded = body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body);
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: encoded as BodyInit | undefined });
    for (const line of response.headers.getSetCookie()) {
      const [name, ...value] = line.split(';')[0]!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** Signs in (fetching a CSRF token first). */
  async login(username: string, password: string): Promise<this> {
    this.csrf = (await this.send<{ csrfToken: string }>('GET', '/api/session')).csrfToken;
    this.csrf = (await this.send<{ csrfToken: string }>('POST', '/api/session', { username, password })).csrfToken;
    return this;
  }
}
