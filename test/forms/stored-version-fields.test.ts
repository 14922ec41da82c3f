// What the server records about a stored version of a form (status, source, author, createdAt) is read with the version
// but never set by the caller. A draft save or a check that sent `status: "published"` or another author was answered
// 200 with the value dropped; it is refused at the field's path, in the caller's language, unless it equals that of
// the stored version the body names — a version read, edited and sent back still saves.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const TITLE = { 'zh-CN': '原材料短缺报告', en: 'Raw material shortage report' };
const INVALID = { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' };

/** The refusal of `field` when it differs from stored version `version`, in `locale`. */
function differs(locale: 'zh-CN' | 'en', field: string, version: number, prefix = '') {
  return {
    path: `${prefix}/${field}`,
    message:
      locale === 'en'
        ? `"${field}" differs from that of stored version ${version}: the server records it, it cannot be set; leave it out`
        : `“${field}”与已保存的第 ${version} 版不同：该项由服务器记录，不能在此修改，请删去该字段`,
  };
}

describe.each(testDatabases())('a stored version’s read-only fields sent back to the form editor’s routes on $name', (database) => {
  let app: BareApp;
  const admins = {} as Record<'zh-CN' | 'en', HttpSession>;

  beforeAll(async () => {
    app = await startBareApp({ database });
    for (const locale of ['zh-CN', 'en'] as const) {
      admins[locale] = new HttpSession(app.baseUrl, locale);
      await admins[locale].login('admin', DEMO_PASSWORD);
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** A new form's draft (version 1, status draft, by admin), as the create answer gives it. */
  async function newDraft(): Promise<Record<string, any>> {
    const key = `shortage-${randomUUID().slice(0, 8)}`;
    const created = await admins['zh-CN'].request('POST', '/api/admin/forms', { key, title: TITLE, processType: 'ladder' });
    expect(created.status).toBe(201);
    return created.body.draft;
  }

  it('refuses a draft save that says it is published or someone else’s, each field at its path, in both languages', async () => {
    const draft = await newDraft();
    const forged = { ...draft, status: 'published', author: 'hq', createdAt: '2020-01-01T00:00:00.000Z' };
    for (const locale of ['zh-CN', 'en'] as const) {
      const refused = await admins[locale].request('PUT', `/api/admin/forms/${draft.key}/draft`, forged);
      expect(refused.status).toBe(422);
      expect(refused.body.error).toEqual({
        code: 'invalid_body',
        message: INVALID[locale],
        details: [differs(locale, 'status', 1), differs(locale, 'author', 1), differs(locale, 'createdAt', 1)],
      });
    }
    const [stored] = (await admins.en.request('GET', `/api/admin/forms/${draft.key}`)).body.versions;
    expect(stored).toMatchObject({ version: 1, status: 'draft', author: 'admin', createdAt: draft.createdAt });
    expect(await app.db('audit_log').where({ action: 'form.save_draft', target_id: `${draft.key}@1` })).toEqual([]);
  });

  it('refuses any read-only field when the body names no stored version to compare it with', async () => {
    const { version, status, source, author, createdAt, ...definition } = await newDraft();
    const refused = await admins.en.request('PUT', `/api/admin/forms/${definition.key}/draft`, { ...definition, source: 'shipped' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { path: '/source', message: '"source" is recorded by the server for a stored version and cannot be set; leave it out' },
    ]);
    // Version 7 does not exist, nor can a version column hold 2^40: what was read from version 1 is compared with nothing.
    for (const named of [version + 6, 2 ** 40]) {
      const misnumbered = { ...definition, version: named, status, source, author, createdAt };
      const zh = await admins['zh-CN'].request('PUT', `/api/admin/forms/${definition.key}/draft`, misnumbered);
      expect(zh.status).toBe(422);
      expect(zh.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(['/status', '/source', '/author', '/createdAt']);
      expect(zh.body.error.details[0].message).toBe('“status”是服务器为已保存版本记录的信息，不能在此填写，请删去该字段');
    }
  });

  it('saves a version read, edited and sent back with its own read-only fields, as a draft by the admin saving it', async () => {
    const [published] = (await admins['zh-CN'].request('GET', '/api/admin/forms/liaison-designation')).body.versions;
    expect(published).toMatchObject({ status: 'published', source: 'shipped' });
    const edited = { ...published, title: { 'zh-CN': '工作联络员指定（修订）', en: 'Work liaison designation (revised)' } };
    const saved = await admins['zh-CN'].request('PUT', '/api/admin/forms/liaison-designation/draft', edited);
    expect(saved.status).toBe(200);
    expect(saved.body.draft).toMatchObject({ status: 'draft', source: 'admin', author: 'admin', version: published.version + 1 });
    const checked = await admins['zh-CN'].request('POST', '/api/admin/forms/check', edited);
    expect(checked.body).toEqual({ problems: [] });
    expect((await admins['zh-CN'].request('DELETE', '/api/admin/forms/liaison-designation/draft')).status).toBe(204);
  });

  it('refuses the same fields in a check, and in the edited definition of a test-submit with a misspelt name', async () => {
    const [published] = (await admins.en.request('GET', '/api/admin/forms/liaison-designation')).body.versions;
    const checked = await admins.en.request('POST', '/api/admin/forms/check', { ...published, status: 'retired' });
    expect(checked.status).toBe(422);
    expect(checked.body.error).toEqual({
      code: 'invalid_body',
      message: INVALID.en,
      details: [differs('en', 'status', published.version)],
    });

    const path = '/api/admin/forms/liaison-designation/test-submit';
    const data = { liaisonName: '王五' };
    const forged = await admins['zh-CN'].request('POST', path, { data, definition: { ...published, author: 'hq' } });
    expect(forged.status).toBe(422);
    expect(forged.body.error.details).toEqual([differs('zh-CN', 'author', published.version, '/definition')]);
    const misspelt = await admins.en.request('POST', path, { data, definition: { ...published, guidence: published.guidance } });
    expect(misspelt.status).toBe(422);
    expect(misspelt.body.error.details).toEqual([
      expect.objectContaining({ path: '/definition/guidence', message: expect.stringContaining('Unknown field "guidence"') }),
    ]);
    // What the editor's preview sends (formAdminApi.testSubmit): the definition without what the server records.
    const { status: _s, source: _src, author: _a, createdAt: _c, ...definition } = published;
    expect((await admins.en.request('POST', path, { data, definition })).body).toMatchObject({ status: 'unsaved' });
  });
});
