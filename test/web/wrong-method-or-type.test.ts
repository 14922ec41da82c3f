// Two mistakes an API caller makes first, answered for what they are. A method the path does not take is 405 with the
// methods it does (`Allow`), not the 404 of a path that is not there; a path that is not there stays 404. A body sent as
// text/plain or form fields is 415 saying to send JSON, not a 422 listing every field as missing (the JSON parser left
// it unread), and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('a wrong method or body type', () => {
  let app: BareApp;
  let gate: HttpSession;
  let admin: HttpSession;

  beforeAll(async () => {
    app = await startBareApp();
    [gate, admin] = await Promise.all([signedIn(app.baseUrl, 'gate1', { locale: 'en' }), signedIn(app.baseUrl, 'admin')]);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('is 405 with the methods the path takes, in either language', async () => {
    const english = await gate.request('DELETE', '/api/gate/setup');
    expect(english.status).toBe(405);
    expect(english.headers.get('allow')).toBe('GET, HEAD');
    expect(english.body.error).toEqual({
      code: 'method_not_allowed',
      message: 'This route does not take DELETE; it takes GET, HEAD',
      details: [],
    });
    const chinese = await admin.request('POST', '/api/tasks/123/timeline', {});
    expect(chinese.status).toBe(405);
    expect(chinese.headers.get('allow')).toBe('GET, HEAD');
    expect(chinese.body.error.message).toBe('此接口不支持 POST，可用：GET、HEAD');
    const settings = await admin.request('DELETE', '/api/settings');
    expect(settings.headers.get('allow')).toBe('GET, HEAD, PUT');
  });

  it('stays 404 for a path no route has, however close', async () => {
    for (const path of ['/api/gate/setups', '/api/gate/setup/', '/api/tasks//timeline', '/api/Gate/setup']) {
      const answer = await gate.request('DELETE', path);
      expect({ path, status: answer.status, code: answer.body.error.code }).toEqual({ path, status: 404, code: 'no_route' });
    }
  });

  it('is 415 for a body that is not JSON, and changes nothing', async () => {
    const before = (await admin.request('GET', '/api/settings')).body;
    const json = JSON.stringify({ ...before.settings, maxEnterprisesPerCadre: 7 });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const answer = await admin.request('PUT', '/api/settings', json, { contentType });
      expect(answer.status).toBe(415);
      expect(answer.body.error).toEqual({
        code: 'unsupported_media_type',
        message: '请求体应为 JSON，请设置 Content-Type: application/json',
        details: [],
      });
    }
    expect((await admin.request('GET', '/api/settings')).body).toEqual(before);
    const english = await gate.request('POST', '/api/gate/checks', '{"data":{}}', { contentType: 'text/plain' });
    expect(english.status).toBe(415);
    expect(english.body.error.message).toBe('Send the body as JSON, with Content-Type: application/json');
  });

  it('takes a request with no body and no type as before', async () => {
    const answer = await admin.request('GET', '/api/settings');
    expect(answer.status).toBe(200);
    const empty = await gate.request('POST', '/api/gate/checks');
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('invalid_body');
  });
});
