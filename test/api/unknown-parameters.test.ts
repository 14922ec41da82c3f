// A caller who spells a query parameter or a body field wrong is told which one, at its own path, and what the route
// takes — not the form's "reload the page", which is meant for a person filling in a form.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

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
});
