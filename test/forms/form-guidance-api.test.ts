// The one filling a form reads what to fill, by when and what happens next — the form's guidance — and never the
// description written for administrators about the process's internals (follow-up tasks for the coordination group,
// HQ's overdue alerts): the form list and the form page answer it to admins only. The admin's form editor keeps the
// guidance through a draft and says when half of it is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readShippedForms } from '#forms/shipped-forms';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

// Every shipped description, in both languages: none may reach a filler's answer.
const DESCRIPTIONS = readShippedForms().flatMap((form) => [form.description['zh-CN'], form.description.en]);

/** The shipped descriptions found in an answer body. */
function descriptionsIn(body: unknown): string[] {
  const text = JSON.stringify(body);
  return DESCRIPTIONS.filter((description) => text.includes(JSON.stringify(description).slice(1, -1)));
}

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
    expect(JSON.stringify(got.body)).not.toContain(internal);
    expect(got.body.form).not.toHaveProperty('description');
  });

  it('lists an enterprise’s forms with what it is told, and none of the administrators’ descriptions', async () => {
    const got = await (await signedIn(app.baseUrl, 'ent01')).request('GET', '/api/forms?limit=100');
    expect(got.status).toBe(200);
    const forms = got.body.forms as { key: string; guidance: { 'zh-CN': string } | null }[];
    expect(forms.map((form) => form.key)).toEqual(expect.arrayContaining(['daily-report', 'difficulty-report', 'site-epidemic-rounds']));
    expect(forms.filter((form) => !form.guidance?.['zh-CN']).map((form) => form.key)).toEqual([]);
    expect(forms.filter((form) => 'description' in form).map((form) => form.key)).toEqual([]);
    expect(descriptionsIn(got.body)).toEqual([]);
    const rounds = await (await signedIn(app.baseUrl, 'ent01')).request('GET', '/api/forms/site-epidemic-rounds');
    expect(rounds.body.form.guidance['zh-CN']).toContain('每天 08:00 和 18:00 各记录一次巡查');
    expect(descriptionsIn(rounds.body)).toEqual([]);
  });

  it('gives a cadre the visit log’s guidance and a gate officer the gate check’s, not their descriptions', async () => {
    const cadre = await (await signedIn(app.baseUrl, 'cadre1', { locale: 'en' })).request('GET', '/api/forms?limit=100');
    const visitLog = (cadre.body.forms as { key: string; guidance: { en: string } }[]).find((form) => form.key === 'visit-log');
    expect(visitLog?.guidance.en).toContain('After each visit to an enterprise, record who you met');
    const gate = await (await signedIn(app.baseUrl, 'gate1')).request('GET', '/api/forms?limit=100');
    const gateCheck = (gate.body.forms as { key: string; guidance: { 'zh-CN': string } }[]).find((form) => form.key === 'gate-check');
    expect(gateCheck?.guidance['zh-CN']).toContain('为初次进场的人员逐项查验');
    expect(descriptionsIn([cadre.body, gate.body])).toEqual([]);
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

  it('tells an inspector nothing about a form without guidance, where an admin still reads its description', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const [released] = (await admin.request('GET', '/api/admin/forms/good-practice-article')).body.versions;
    const { key: _k, version: _v, status: _s, source: _src, author: _a, createdAt: _c, guidance: _g, ...editable } = released;
    const description = {
      'zh-CN': '内部：审核通过后由指挥部宣传组转发各区县。',
      en: 'Internal: once approved, HQ’s publicity team forwards it to every district.',
    };
    const draft = { ...editable, description, audience: ['special_class', 'admin'], audienceExcludes: [] };
    expect((await admin.request('PUT', '/api/admin/forms/good-practice-article/draft', draft)).status).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/good-practice-article/publish')).body.version).toBe(4);

    const inspector = await signedIn(app.baseUrl, 'inspector-town');
    const list = await inspector.request('GET', '/api/forms?limit=100');
    const page = await inspector.request('GET', '/api/forms/good-practice-article');
    expect(list.body.forms).toEqual([expect.objectContaining({ key: 'good-practice-article', guidance: null })]);
    expect(page.body.form).toMatchObject({ key: 'good-practice-article', guidance: null });
    expect(page.body.form).not.toHaveProperty('description');
    expect(list.body.forms[0]).not.toHaveProperty('description');
    for (const body of [list.body, page.body]) expect(JSON.stringify(body)).not.toMatch(/宣传组|publicity team/);

    const own = await admin.request('GET', '/api/forms/good-practice-article');
    expect(own.body.form).toMatchObject({ guidance: null, description });
    const listed = await admin.request('GET', '/api/forms?limit=100');
    expect(listed.body.forms).toEqual([expect.objectContaining({ key: 'good-practice-article', description })]);
  });
});
