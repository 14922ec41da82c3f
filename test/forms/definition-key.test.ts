// A form's key is the one in the path. A draft save whose body named another form — a definition copied from
// liaison-designation and not renamed — was answered 200 and saved under the path's key, so the caller believed it had
// written the form its body named; a test-submit tested it under the path's key the same way. Both are refused at the
// key's path, in the caller's language, and nothing is saved.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const TITLE = { 'zh-CN': '原材料短缺报告', en: 'Raw material shortage report' };
const INVALID = { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' };

/** The refusal of a definition sent for form `key` that names another, in `locale`. */
function otherKey(locale: 'zh-CN' | 'en', key: string, prefix = '') {
  return {
    path: `${prefix}/key`,
    message:
      locale === 'en'
        ? `differs from the form in the address ("${key}"): a definition is saved under its own form's key; send "${key}" or leave it out`
        : `与地址中的表单（“${key}”）不一致：定义只能保存到它自己的表单，请填写“${key}”或删去该字段`,
  };
}

describe('a form definition sent under another form’s key', () => {
  let app: BareApp;
  const admins = {} as Record<'zh-CN' | 'en', HttpSession>;
  /** liaison-designation as an admin reads it, without what the server records about the stored version. */
  let liaison: Record<string, any>;

  beforeAll(async () => {
    app = await startBareApp();
    for (const locale of ['zh-CN', 'en'] as const) {
      admins[locale] = new HttpSession(app.baseUrl, locale);
      await admins[locale].login('admin', DEMO_PASSWORD);
    }
    const [published] = (await admins.en.request('GET', '/api/admin/forms/liaison-designation')).body.versions;
    const { version: _v, status: _s, source: _src, author: _a, createdAt: _c, ...definition } = published;
    liaison = definition;
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** A new ladder form whose only version is its starter draft. */
  async function newForm(): Promise<string> {
    const key = `shortage-${randomUUID().slice(0, 8)}`;
    expect((await admins.en.request('POST', '/api/admin/forms', { key, title: TITLE, processType: 'ladder' })).status).toBe(201);
    return key;
  }

  it('refuses a draft save of a copied definition that still names the form it was copied from, and saves nothing', async () => {
    const key = await newForm();
    for (const locale of ['zh-CN', 'en'] as const) {
      const refused = await admins[locale].request('PUT', `/api/admin/forms/${key}/draft`, liaison);
      expect(refused.status).toBe(422);
      expect(refused.body.error).toEqual({ code: 'invalid_body', message: INVALID[locale], details: [otherKey(locale, key)] });
    }
    const { versions } = (await admins.en.request('GET', `/api/admin/forms/${key}`)).body;
    expect(versions.map((v: { version: number; status: string; title: unknown }) => [v.version, v.status, v.title])).toEqual([
      [1, 'draft', TITLE],
    ]);
    expect(await app.db('audit_log').where({ action: 'form.save_draft', target_id: `${key}@1` })).toEqual([]);
    expect(await app.db('form_definitions').where({ key: 'liaison-designation', status: 'draft' })).toEqual([]);
  });

  it('refuses a key that is not a string, and saves the copy once it names the path’s form or no form at all', async () => {
    const key = await newForm();
    const numbered = await admins.en.request('PUT', `/api/admin/forms/${key}/draft`, { ...liaison, key: 7 });
    expect(numbered.body.error.details).toEqual([otherKey('en', key)]);

    const renamed = await admins.en.request('PUT', `/api/admin/forms/${key}/draft`, { ...liaison, key });
    expect(renamed.status).toBe(200);
    expect(renamed.body.draft).toMatchObject({ key, version: 1, status: 'draft', title: liaison.title });
    const { key: _key, ...keyless } = liaison;
    const unnamed = await admins.en.request('PUT', `/api/admin/forms/${key}/draft`, { ...keyless, title: TITLE });
    expect(unnamed.status).toBe(200);
    expect(unnamed.body.draft).toMatchObject({ key, version: 1, title: TITLE });
  });

  it('refuses a test-submit whose edited definition names another form, at its path under /definition', async () => {
    const key = await newForm();
    const data = { liaisonName: '王五' };
    const path = `/api/admin/forms/${key}/test-submit`;
    const refused = await admins['zh-CN'].request('POST', path, { data, definition: liaison });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual({
      code: 'invalid_body',
      message: INVALID['zh-CN'],
      details: [otherKey('zh-CN', key, '/definition')],
    });
    const tested = await admins.en.request('POST', path, { data, definition: { ...liaison, key } });
    expect(tested.status).toBe(200);
    expect(tested.body).toMatchObject({ status: 'unsaved', errors: expect.any(Array) });
  });
});
