// A signed-in API client for scripts that stop at the first refusal: the kit's HttpSession (cookie jar, CSRF header,
// JSON in and out), throwing with the answer unless it succeeded.
import { HttpSession } from '../kit/http-session';

/** One signed-in user against a running Fugong. */
export class ApiSession {
  private readonly http: HttpSession;

  constructor(readonly baseUrl: string) {
    this.http = new HttpSession(baseUrl);
  }

  /** Sends a request; throws with the answer unless it succeeded. */
  async send<T = unknown>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const answer = await this.http.request(method, path, body, body instanceof Uint8Array ? { contentType } : {});
    if (answer.status < 200 || answer.status >= 300) {
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      throw new Error(`${method} ${path} → ${answer.status} ${text.slice(0, 500)}`);
    }
    return answer.body as T;
  }

  /** Signs in (fetching a CSRF token first). */
  async login(username: string, password: string): Promise<this> {
    await this.http.login(username, password);
    return this;
  }
}
