// Publishing checks what a definition names: a misspelt email template or an unknown working group is refused, each at
// its JSON pointer and in the admin's language; an email template an admin created counts once it exists. Every
// starter of the "new" dialog publishes as created.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { starterOffers } from '#forms/process-templates';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const TITLE = { 'zh-CN': '原材料短缺报告', en: 'Raw material shortage report' };
const fresh = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

describe.each(testDatabases())('publish-time reference checks on $name', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;

  beforeAll(async () => {
    system = await startSystem(database);
    admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  /** A new ladder draft whose params are changed by `edit` and saved. */
  async function ladderDraft(edit: (params: Record<string, any>) => void): Promise<string> {
    const key = fresh('shortage');
    const created = await admin.request('POST', '/api/admin/forms', { key, title: TITLE, processType: 'ladder' });
    expect(created.status).toBe(201);
    const draft = created.body.draft;
    edit(draft.process.params);
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, draft)).status).toBe(200);
    return key;
  }

  it('refuses a misspelt template and an unknown working group, each at its pointer, in Chinese and in English', async () => {
    const key = await ladderDraft((params) => {
      params.receiptTemplate = 'submision-received';
      params.stages[1].actor = { role: 'special_class', workingGroupKey: 'logistics' };
    });
    const zh = await admin.request('POST', `/api/admin/forms/${key}/publish`);
    expect(zh.status).toBe(422);
    expect(zh.body.error).toEqual({
      code: 'broken_references',
      message: '表单定义引用了不存在的内容，请按提示修改后再发布',
      details: [
        { path: '/process/params/receiptTemplate', message: '邮件模板「submision-received」不存在，请在“邮件模板”中新建或选择已有模板' },
        { path: '/process/params/stages/1/actor/workingGroupKey', message: '工作专班「logistics」不存在，请选择已有的专班' },
      ],
    });
    const english = new HttpSession(system.baseUrl, 'en');
    await english.login('admin', DEMO_PASSWORD);
    const en = await english.request('POST', `/api/admin/forms/${key}/publish`);
    expect(en.body.error.message).toBe('The definition names things that do not exist; fix them, then publish');
    expect(en.body.error.details).toEqual([
      {
        path: '/process/params/receiptTemplate',
        message: 'There is no email template "submision-received"; create it under Email templates or pick an existing one',
      },
      { path: '/process/params/stages/1/actor/workingGroupKey', message: 'There is no working group "logistics"; pick an existing group' },
    ]);
    // The editor's check says the same before a publish is tried; nothing was published.
    const draft = (await admin.request('GET', `/api/admin/forms/${key}`)).body.versions[0];
    expect((await admin.request('POST', '/api/admin/forms/check', draft)).body.problems.map((p: { path: string }) => p.path)).toEqual([
      '/process/params/receiptTemplate',
      '/process/params/stages/1/actor/workingGroupKey',
    ]);
    expect(draft.status).toBe('draft');
  });

  it('refuses a broken template name, an unknown group and a rule on a missing field together, each at its pointer', async () => {
    const key = await ladderDraft((params) => {
      params.receiptTemplate = 'submision-received';
      params.stages[1].actor = { role: 'special_class', workingGroupKey: 'logistics' };
      params.rules = [
        { label: { 'zh-CN': '紧急', en: 'Urgent' }, when: [{ field: 'urgnet', op: 'equals', value: true }], then: { priority: 3 } },
      ];
    });
    const zh = await admin.request('POST', `/api/admin/forms/${key}/publish`);
    expect(zh.status).toBe(422);
    expect(zh.body.error.code).toBe('broken_references');
    expect(zh.body.error.details).toEqual([
      { path: '/process/params/receiptTemplate', message: expect.stringContaining('submision-received') },
      { path: '/process/params/stages/1/actor/workingGroupKey', message: expect.stringContaining('logistics') },
      { path: '/process/params/rules/0/when/0/field', message: '表单没有字段「urgnet」' },
    ]);
    expect(await system.db('form_definitions').where({ key, status: 'published' }).first()).toBeUndefined();
  });

  it('publishes with an email template the admin created for that purpose, and audits the creation', async () => {
    const name = fresh('shortage-receipt');
    const created = await admin.request('POST', '/api/admin/email-templates', { name, purpose: 'submission-received' });
    expect(created.status).toBe(201);
    expect(created.body.template).toMatchObject({
      name,
      createdPurpose: 'submission-received',
      purpose: { 'zh-CN': '企业提交表单后的回执' },
      sampleData: { formTitle: '工作联络员指定', caseNumber: expect.any(String) },
      edited: { subject: expect.stringContaining('{{') },
    });
    const key = await ladderDraft((params) => (params.receiptTemplate = name));
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).body).toMatchObject({ key, version: 1 });
    const audit = await system.db('audit_log').where({ target_type: 'email_template', target_id: name }).pluck('action');
    expect(audit).toEqual(['email_template.create']);
    const listed = (await admin.request('GET', '/api/admin/email-templates')).body.templates.find((t: { name: string }) => t.name === name);
    expect(listed).toMatchObject({ createdPurpose: 'submission-received', locales: { 'zh-CN': { edited: true }, en: { edited: true } } });
  });

  it('refuses a template name that is taken or a purpose that is not one, at the field', async () => {
    const taken = await admin.request('POST', '/api/admin/email-templates', { name: 'task-assigned', purpose: 'task-assigned' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({
      code: 'template_exists',
      details: [{ path: '/name', message: '该模板名称已被使用，请换一个' }],
    });
    const purpose = await admin.request('POST', '/api/admin/email-templates', { name: fresh('odd'), purpose: 'no-such-thing' });
    expect(purpose.body.error).toMatchObject({ code: 'unknown_purpose', details: [{ path: '/purpose', message: '请选择一种用途' }] });
    const badName = await admin.request('POST', '/api/admin/email-templates', { name: 'Has Spaces', purpose: 'task-assigned' });
    expect(badName.status).toBe(422);
    expect(badName.body.error.details[0].path).toBe('/name');
  });

  it('edits a created template like a shipped one, and reverts it to the text it started from', async () => {
    const name = fresh('shortage-update');
    expect((await admin.request('POST', '/api/admin/email-templates', { name, purpose: 'case-update' })).body).toMatchObject({
      template: { name },
    });
    const path = `/api/admin/email-templates/${name}/zh-CN`;
    const start = (await admin.request('GET', path)).body.template;
    const edit = { subject: '原材料短缺：{{caseNumber}}', html: start.edited.html, text: start.edited.text };
    expect((await admin.request('PUT', path, edit)).body.template.edited.subject).toBe(edit.subject);
    const reverted = (await admin.request('DELETE', path)).body.template;
    expect(reverted.edited.subject).toBe(start.shipped.subject);
    expect((await admin.request('GET', `/api/admin/email-templates/${fresh('nobody')}/zh-CN`)).status).toBe(404);
  });

  it.each(starterOffers().map((offer) => [offer.name, offer.processType] as const))(
    'publishes the %s starter as created',
    async (starter, processType) => {
      const key = fresh(starter);
      const created = await admin.request('POST', '/api/admin/forms', { key, title: TITLE, processType, starter });
      expect(created.body.draft).toMatchObject({ key, process: { processType } });
      const published = await admin.request('POST', `/api/admin/forms/${key}/publish`);
      expect(published.body).toMatchObject({ key, version: 1 });
      // Retired again so that a daily starter's Schedule does not outlive the test.
      expect((await admin.request('POST', `/api/admin/forms/${key}/retire`)).status).toBe(204);
    },
  );

  it('refuses a starter of another process type', async () => {
    const answer = await admin.request('POST', '/api/admin/forms', {
      key: fresh('mismatch'),
      title: TITLE,
      processType: 'ladder',
      starter: 'collection-daily',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'unknown_starter', details: [{ path: '/starter' }] });
  });
});
