// An objection from the public bulletin (anonymous, 000 §IV.3) must say something: a reason or a name of zero-width
// characters only reads as empty on the reviewer's page, so it is refused at its field as if left empty, before the
// notice is looked up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('objection of invisible text', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp({ env: { LOG_LEVEL: 'silent' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a reason and a name of zero-width characters at their fields, in the visitor’s language', async () => {
    const visitor = new HttpSession(app.baseUrl);
    visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
    const body = { reason: '\u200b\u200b\u200c\u200d\u2060', contact: { name: '\u200b', mobile: '13800138000' } };
    const headers = { 'x-forwarded-for': '203.0.113.61' };
    const zh = await visitor.request('POST', '/api/notices/987654/objections', body, { headers });
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([
      { path: '/reason', message: '请填写此项' },
      { path: '/contact/name', message: '请填写「姓名」' },
    ]);
    visitor.locale = 'en';
    const en = await visitor.request('POST', '/api/notices/987654/objections', body, { headers });
    expect(en.body.error.details).toEqual([
      { path: '/reason', message: 'Enter “Reason”' },
      { path: '/contact/name', message: 'Enter “Name”' },
    ]);
  });
});
