// A caller who spells a query parameter or a body field wrong is told which one, at its own path, and what the route
// takes — not the form's "reload the page", which is meant for a person filling in a form.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

/** The 422 a contract answers for one unknown top-level field, in each language. */
function unknownField(locale: 'zh-CN' | 'en', name: string, accepted: string[]) {
  const english = locale === 'en';
  return {
    code: 'invalid_body',
    message: english ? 'Some fields need attention' : '提交的内容有误，请按提示修改',
    details: [
      {
        path: `/${name}`,
        message: english
          ? `Unknown field "${name}"; accepted: ${accepted.join(', ')}`
          : `不支持的字段“${name}”，可用的有：${accepted.join('、')}`,
      },
    ],
  };
}

describe('unknown query parameters and body fields', () => {
  let app: BareApp;
  let cadre: HttpSession;

  beforeAll(async () => {
    app = await startBareApp();
    cadre = new HttpSession(app.baseUrl);
    await cadre.login('cadre1', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('names an unknown query parameter and the accepted ones, in the caller’s language', async () => {
    const chinese = await cadre.request('GET', '/api/tasks?tab=done&limit=5');
    expect(chinese.status).toBe(422);
    expect(chinese.body.error.details).toEqual([
      { path: '?tab', message: expect.stringMatching(/^不支持的查询参数“tab”，可用的有：.*box/) },
    ]);
    cadre.locale = 'en';
    const english = await cadre.request('GET', '/api/tasks?tab=done');
    cadre.locale = 'zh-CN';
    expect(english.body.error.details).toEqual([
      { path: '?tab', message: expect.stringMatching(/^Unknown query parameter "tab"; accepted: .*box/) },
    ]);
  });

  it('still checks the known parameters beside an unknown one', async () => {
    const answer = await cadre.request('GET', '/api/tasks?tab=done&limit=0');
    expect(answer.body.error.details.map((d: { path: string }) => d.path)).toEqual(['?tab', '?limit']);
  });

  it('names an unknown body field at its path', async () => {
    const answer = await cadre.request('PUT', '/api/me/notification-preferences', { choices: [], quietHour: [] });
    expect(answer.status).toBe(422);
    expect(answer.body.error.details).toEqual([
      { path: '/quietHour', message: expect.stringMatching(/^不支持的字段“quietHour”，可用的有：.*quietHours/) },
    ]);
  });

  it('names an unknown top-level field of a form submission, where it was once dropped and the form read as empty', async () => {
    const enterprise = new HttpSession(app.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
    const filing = { submissionId: randomUUID(), dta: { liaisonName: '王五', mobile: '13900139000', email: 'ww@example.com' } };
    const chinese = await enterprise.request('POST', '/api/forms/liaison-designation/submissions', filing);
    expect(chinese.status).toBe(422);
    expect(chinese.body.error).toEqual({
      code: 'invalid_body',
      message: '提交的内容有误，请按提示修改',
      details: [{ path: '/dta', message: '不支持的字段“dta”，可用的有：submissionId、data' }],
    });
    enterprise.locale = 'en';
    const english = await enterprise.request('POST', '/api/forms/liaison-designation/submissions', filing);
    expect(english.status).toBe(422);
    expect(english.body.error).toEqual({
      code: 'invalid_body',
      message: 'Some fields need attention',
      details: [{ path: '/dta', message: 'Unknown field "dta"; accepted: submissionId, data' }],
    });
  });

  it('names an unknown field of an assignment’s ending, where a misspelt reason was once dropped for "ended"', async () => {
    const admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const open = await app.db('cadre_assignments').whereNull('ended_at').orderBy('id').first();
    for (const locale of ['zh-CN', 'en'] as const) {
      admin.locale = locale;
      const refused = await admin.request('DELETE', `/api/assignments/${open.id}`, { reson: '干部调岗' });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toEqual(unknownField(locale, 'reson', ['reason']));
    }
    expect((await app.db('cadre_assignments').where({ id: open.id }).first()).ended_at).toBeNull();
    // What the app's assignment page sends (adminApi.endAssignment in web/app/src/api/admin-api.ts).
    expect((await admin.request('DELETE', `/api/assignments/${open.id}`, { reason: '干部调岗' })).status).toBe(204);
    expect((await app.db('cadre_assignments').where({ id: open.id }).first()).end_reason).toBe('干部调岗');
  });

  it('names an unknown field of a sign-in and signs nobody in, while the app’s own sign-in still works', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const browser = new HttpSession(app.baseUrl, locale);
      browser.csrfToken = (await browser.request('GET', '/api/session')).body.csrfToken;
      const refused = await browser.request('POST', '/api/session', { username: 'ent01', password: DEMO_PASSWORD, remember: true });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toEqual(unknownField(locale, 'remember', ['username', 'password']));
      expect((await browser.request('GET', '/api/session')).body.user).toBeNull();
      // What the login page sends (fugongApi.login in web/app/src/api/fugong-api.ts): the username and password alone.
      await browser.login('ent01', DEMO_PASSWORD);
      expect((await browser.request('GET', '/api/session')).body.user).toMatchObject({ username: 'ent01' });
    }
  });

  it('names an unknown field of a form’s test-submit, where a misspelt definition once checked the stored form instead', async () => {
    const admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const [stored] = (await admin.request('GET', '/api/admin/forms/liaison-designation')).body.versions;
    const { key: _k, version: _v, status: _s, source: _src, author: _a, createdAt: _c, casePrefix: _p, ...definition } = stored;
    const data = { liaisonName: '王五', mobile: '13900139000', email: 'ww@example.com' };
    const path = '/api/admin/forms/liaison-designation/test-submit';
    for (const locale of ['zh-CN', 'en'] as const) {
      admin.locale = locale;
      const refused = await admin.request('POST', path, { data, definiton: definition });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toEqual(unknownField(locale, 'definiton', ['definition', 'data']));
    }
    // What the form editor's preview sends (formAdminApi.testSubmit in web/app/src/api/form-admin-api.ts).
    const checked = await admin.request('POST', path, { data, definition });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ status: 'unsaved', errors: [] });
  });
});
