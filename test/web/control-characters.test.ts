// A NUL byte (or another C0 control character) in an id, a query or a JSON body is refused with a 400 naming where it
// was, before any route hands it to the database: on PostgreSQL it was a 500 with the SQL in the error log, and anyone
// signed in could flood the error alerts. A form's text keeps its tabs and line breaks.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const DRAFT = '/api/forms/resumption-readiness/my-draft';

describe.each(testDatabases())('control characters in a request on $name', (database) => {
  let app: BareApp;

  beforeAll(async () => {
    app = await startBareApp(database.name === 'postgres' ? { database } : {});
  });
  afterAll(async () => {
    await app?.stop();
  });

  const unhandled = () => app.logLines.filter((line) => line.includes('unhandled error'));

  it.each([
    ['/api/submissions/%00', 'path[3]', 'zh-CN'],
    ['/api/tasks?q=%00%00%00', '?q', 'zh-CN'],
    ['/api/enterprise-names?q=%00', '?q', 'en'],
    ['/api/audit?actor=a%01b', '?actor', 'en'],
  ] as const)('refuses %s with a 400 naming %s', async (url, where, locale) => {
    const admin = await signedIn(app.baseUrl, 'admin', { locale });
    const answer = await admin.request('GET', url);
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body.error.code).toBe('control_character');
    expect(answer.body.error.message).toContain(where);
    expect(answer.body.error.message).toContain(locale === 'en' ? 'control character' : '控制字符');
    expect(answer.body.error.details).toEqual([
      { path: where, message: locale === 'en' ? 'control character not allowed' : '不允许的控制字符' },
    ]);
    expect(unhandled()).toEqual([]);
  });

  it('refuses a NUL in a form’s field and names the field, but keeps tabs and line breaks', async () => {
    const ent = await signedIn(app.baseUrl, 'ent01');
    const refused = await ent.request('PUT', DRAFT, { submissionId: randomUUID(), data: { note: '第一行\u0000', ok: 'x' } });
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(refused.body.error.details).toEqual([{ path: '/data/note', message: '不允许的控制字符' }]);
    expect(refused.body.error.message).toContain('/data/note');

    const text = '第一行\n第二行\r\n\t缩进';
    const saved = await ent.request('PUT', DRAFT, { submissionId: randomUUID(), data: { note: text } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await ent.request('GET', DRAFT)).body.draft.data).toEqual({ note: text });
    expect(unhandled()).toEqual([]);
  });

  it('refuses a NUL in a JSON key and in the sign-in form', async () => {
    const ent = await signedIn(app.baseUrl, 'ent01', { locale: 'en' });
    const key = await ent.request('PUT', DRAFT, { submissionId: randomUUID(), data: { 'a\u0000': 1 } });
    expect(key.body.error).toMatchObject({ code: 'control_character', details: [{ path: '/data/a\\u0000' }] });
    const login = await ent.request('POST', '/api/session', { username: 'admin\u0000', password: 'x' });
    expect(login.status).toBe(400);
    expect(login.body.error.details).toEqual([{ path: '/username', message: 'control character not allowed' }]);
  });
});
