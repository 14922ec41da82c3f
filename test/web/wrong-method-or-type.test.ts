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

  it('is 415 on routes that read their own body too: signing in, submitting a form', async () => {
    const visitor = new HttpSession(app.baseUrl, 'en');
    visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
    const form = await visitor.request('POST', '/api/session', 'username=ent01&password=x', {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe('unsupported_media_type');
    const ent01 = await signedIn(app.baseUrl, 'ent01');
    const report = JSON.stringify({
      submissionId: '3f0d6a43-2c4e-4b8a-9a57-0d6f3a1e2b7c',
      data: { category: 'funds', summary: '工程款拖欠' },
    });
    const plain = await ent01.request('POST', '/api/forms/difficulty-report/submissions', report, { contentType: 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.body.error.message).toBe('请求体应为 JSON，请设置 Content-Type: application/json');
    expect(await app.db('submissions').where({ id: '3f0d6a43-2c4e-4b8a-9a57-0d6f3a1e2b7c' }).first()).toBeUndefined();
  });

  it('names the missing part of a sign-in in words, in either language', async () => {
    for (const [locale, words] of [
      ['zh-CN', ['请输入用户名', '请输入密码']],
      ['en', ['Enter your username', 'Enter your password']],
    ] as const) {
      const visitor = new HttpSession(app.baseUrl, locale);
      visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
      const answer = await visitor.request('POST', '/api/session', { username: '', password: '' });
      expect(answer.status).toBe(400);
      expect(answer.body.error.details).toEqual([
        { path: '/username', message: words[0] },
        { path: '/password', message: words[1] },
      ]);
    }
  });

  it('takes a request with no body and no type as before', async () => {
    const answer = await admin.request('GET', '/api/settings');
    expect(answer.status).toBe(200);
    const empty = await gate.request('POST', '/api/gate/checks');
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('invalid_body');
  });
});
