// The one filling a form reads what to fill, by when and what happens next — the form's guidance — not the description
// written for administrators about the process's internals (follow-up tasks for the coordination group, HQ's overdue
// alerts); the admin's form editor keeps that text through a draft and says when half of it is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('guidance for those filling a form', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['zh-CN', 'daily-report', '请在每天 17:00 前报送当天的项目开复工', '综合协调组'],
    ['en', 'daily-report', "Report today's project starts", 'comprehensive-coordination'],
    ['zh-CN', 'difficulty-report', '提交后由您的包挂干部当天办理', '提醒指挥部领导'],
    ['en', 'difficulty-report', 'Your assigned cadre handles it the same day', 'leadership is alerted'],
  ] as const)('gives an enterprise in %s the %s’s guidance, not its internal description', async (locale, key, says, internal) => {
    const got = await (await signedIn(app.baseUrl, 'ent01', { locale })).request('GET', `/api/forms/${key}`);
    expect(got.status).toBe(200);
    expect(got.body.form.guidance[locale]).toContain(says);
    expect(got.body.form.guidance[locale]).not.toContain(internal);
    expect(got.body.form.description[locale]).toContain(internal);
  });

  it('gives the description as guidance for a form that has none of its own', async () => {
    const got = await (await signedIn(app.baseUrl, 'ent01')).request('GET', '/api/forms/site-epidemic-rounds');
    expect(got.status).toBe(200);
    expect(got.body.form.guidance).toEqual(got.body.form.description);
  });

  it('keeps the guidance an admin edits in the form’s draft, and refuses it in one language only', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const [released] = (await admin.request('GET', '/api/admin/forms/liaison-designation')).body.versions;
    expect(released.guidance['zh-CN']).toContain('请指定本企业的一名复工复产工作联络员');
    const { key: _key, version: _version, status: _s, source: _src, author: _a, createdAt: _c, ...editable } = released;
    const guidance = { 'zh-CN': '请在本周五前指定联络员。', en: 'Name your liaison by Friday.' };
    const saved = await admin.request('PUT', '/api/admin/forms/liaison-designation/draft', { ...editable, guidance });
    expect(saved.status).toBe(200);
    expect(saved.body.draft.guidance).toEqual(guidance);
    const [draft] = (await admin.request('GET', '/api/admin/forms/liaison-designation')).body.versions;
    expect([draft.status, draft.guidance]).toEqual(['draft', guidance]);

    const half = await admin.request('PUT', '/api/admin/forms/liaison-designation/draft', {
      ...editable,
      guidance: { 'zh-CN': '请在本周五前指定联络员。', en: '' },
    });
    expect(half.status).toBe(422);
    expect(half.body.error.details.map((detail: { path: string }) => detail.path)).toContain('/guidance/en');
    expect((await admin.request('DELETE', '/api/admin/forms/liaison-designation/draft')).status).toBe(204);
  });
});
