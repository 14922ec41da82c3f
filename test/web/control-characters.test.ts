// A NUL byte (or another C0 control character) in an id, a query or a JSON body is refused with a 400 naming where it
// was, before any route hands it to the database: on PostgreSQL it was a 500 with the SQL in the error log, and anyone
// signed in could flood the error alerts. A form's text keeps its tabs and line breaks. The invisible direction marks a
// mobile number or a name is pasted with from Excel or WeChat desktop are taken out of every body and every path before
// any route reads them, so the number passes its check, the name is stored as it reads and a pasted ID finds its record.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '#core/domain/identifiers';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { insertWorker } from '#core/stores/gate/gate-check-store';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const DRAFT = '/api/forms/resumption-readiness/my-draft';
const MARKED = (text: string) => `\u202A${text}\u202C`;

describe.each(testDatabases())('control characters in a request on $name', (database) => {
  let app: BareApp;
  // A submission's workflow is not run here: what the route hands Temporal is kept to be looked at.
  const started: unknown[] = [];
  const temporal = { workflow: { start: async (_type: string, options: { args: unknown[] }) => void started.push(...options.args) } };

  beforeAll(async () => {
    app = await startBareApp(database.name === 'postgres' ? { database, temporal } : { temporal });
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

  it('takes the direction marks out of a pasted mobile number and name, so the form is filed with them clean', async () => {
    const ent = await signedIn(app.baseUrl, 'ent01');
    const submissionId = randomUUID();
    const data = { liaisonName: MARKED('赵六'), mobile: MARKED('13600136000'), email: 'zhaoliu@example.com', note: '第一行\n 第二行' };
    const filed = await ent.request('POST', '/api/forms/liaison-designation/submissions', { submissionId, data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const clean = { liaisonName: '赵六', mobile: '13600136000', email: 'zhaoliu@example.com', note: '第一行\n 第二行' };
    expect(filed.body.submission.data).toMatchObject({ liaisonName: '赵六', email: 'zhaoliu@example.com' });
    const row = await app.db('submissions').where({ id: submissionId }).first('data');
    expect(typeof row.data === 'string' ? JSON.parse(row.data) : row.data).toEqual(clean);
    expect(started).toContainEqual(expect.objectContaining({ submissionId, data: clean }));
    expect(unhandled()).toEqual([]);
  });

  it('saves a draft without the marks', async () => {
    const ent = await signedIn(app.baseUrl, 'ent01');
    const saved = await ent.request('PUT', DRAFT, { submissionId: randomUUID(), data: { note: `\uFEFF${MARKED('王五')}` } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await ent.request('GET', DRAFT)).body.draft.data).toEqual({ note: '王五' });
  });

  it('imports an enterprise from CSV cells pasted with the marks without them, and finds it by a pasted name', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const code = '91350100MA1DXECTY';
    const creditCode = `${code}${creditCodeCheckChar(code)}`;
    const row = [MARKED('标记测试企业'), creditCode, MARKED('施工企业'), MARKED('钱七'), MARKED('13700137000')];
    const csv = `企业名称,统一社会信用代码,企业类型,联络员,联络员手机\r\n${row.join(',')}\r\n`;
    const imported = await admin.request('POST', '/api/import/enterprises', csv, { contentType: 'text/csv' });
    expect(imported.body, JSON.stringify(imported.body)).toMatchObject({ errors: [], written: true, created: 1 });
    expect(await app.db('enterprises').where({ credit_code: creditCode }).first('name', 'liaison_name', 'liaison_mobile')).toEqual({
      name: '标记测试企业',
      liaison_name: '钱七',
      liaison_mobile: '13700137000',
    });
    // and a name pasted into a search finds it
    const found = await admin.request('GET', `/api/enterprise-names?q=${encodeURIComponent(MARKED('标记测试'))}`);
    expect(found.body.enterprises).toEqual([expect.objectContaining({ name: '标记测试企业', creditCode })]);
  });

  it('finds a worker by a resident ID pasted into the path with the marks', async () => {
    const gate = await signedIn(app.baseUrl, 'gate1');
    const projectId = Number((await app.db('users').where({ username: 'gate1' }).first('project_id')).project_id);
    const residentId = freshResidentId();
    await insertWorker(app.db, { residentId, name: '标记测试工人', mobile: '13600136000' }, projectId, new Date().toISOString());
    const answer = await gate.request('GET', `/api/gate/workers/${encodeURIComponent(`\uFEFF${MARKED(residentId)}\u200E`)}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.worker).toMatchObject({ name: '标记测试工人' });
  });

  it('signs in with a pasted user name, but keeps a password as typed', async () => {
    const session = new HttpSession(app.baseUrl);
    await expect(session.login('ent01', `${DEMO_PASSWORD}\u200E`)).rejects.toThrow(/failed: 401/);
    await session.login(MARKED('ent01'), DEMO_PASSWORD);
    expect((await session.request('GET', '/api/session')).body.user).toMatchObject({ username: 'ent01' });
  });
});
