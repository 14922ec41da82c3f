// An inspection team member's account holds the service class's role, yet the class's nominations (表扬推荐) and
// good-practice articles are not theirs to file: the shipped versions leave inspectors out of their audience. Their
// "new form" list does not offer them, the form page, the draft and the submit route answer 403 saying why, while the
// service class, cadres and HQ keep them; an admin who wants inspectors back unticks the setting and publishes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const SERVICE_FORMS = ['commendation', 'good-practice-article'];
const INSPECTOR = 'inspector-town';

describe.each(testDatabases())('forms the service class files, not its inspection team members, on $name', (database) => {
  let app: BareApp;
  const formKeys = async (username: string) => {
    const list = await (await signedIn(app.baseUrl, username)).request('GET', '/api/forms?limit=100');
    expect(list.status).toBe(200);
    return (list.body.forms as { key: string }[]).map((form) => form.key);
  };

  beforeAll(async () => {
    app = await startBareApp({ database });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['inspector-town', []],
    ['inspector-joint', []],
    ['inspector-industry-regulator', []],
    ['class-coordination', SERVICE_FORMS],
    ['cadre1', SERVICE_FORMS],
    ['hq', ['good-practice-article']],
  ])('offers %s in its new-form list: %j', async (username, offered) => {
    const keys = await formKeys(username);
    expect(SERVICE_FORMS.filter((key) => keys.includes(key))).toEqual(offered);
  });

  it('answers an inspector who opens the nomination form 403, naming the form, in their language', async () => {
    const zh = await (await signedIn(app.baseUrl, INSPECTOR)).request('GET', '/api/forms/commendation');
    expect(zh.status).toBe(403);
    expect(zh.body.error).toMatchObject({
      code: 'not_for_inspection_bodies',
      message: '检查组成员不填报「表扬推荐」，请由该表单的填报对象填写',
    });
    const en = await (await signedIn(app.baseUrl, INSPECTOR, { locale: 'en' })).request('GET', '/api/forms/good-practice-article');
    expect(en.status).toBe(403);
    expect(en.body.error.message).toBe(
      'Inspection team members do not file “Good-practice article”; it is filed by the accounts its audience names',
    );
  });

  it('refuses an inspector’s submission and draft with 403 and keeps nothing', async () => {
    const inspector = await signedIn(app.baseUrl, INSPECTOR);
    const submissionId = randomUUID();
    const data = { enterpriseCreditCode: '913701000000000100', honour: 'model', deeds: '组织员工分批返岗，防控措施到位。' };
    const submitted = await inspector.request('POST', '/api/forms/commendation/submissions', { submissionId, data });
    expect(submitted.status).toBe(403);
    expect(submitted.body.error.message).toContain('检查组成员不填报「表扬推荐」');
    expect(await app.db('submissions').where({ id: submissionId }).first()).toBeUndefined();
    const draft = await inspector.request('PUT', '/api/forms/commendation/my-draft', { submissionId: randomUUID(), data });
    expect(draft.status).toBe(403);
    expect(await app.db('submission_drafts').where({ form_key: 'commendation' }).first()).toBeUndefined();
  });

  it('still answers a role outside the audience 404, saying nothing about the form', async () => {
    const gate = await (await signedIn(app.baseUrl, 'gate1')).request('GET', '/api/forms/commendation');
    expect(gate.status).toBe(404);
  });

  it('lets an admin give inspectors the article form back by publishing a version without the exclusion', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const versions = await admin.request('GET', '/api/admin/forms/good-practice-article');
    const [newest] = versions.body.versions as Record<string, unknown>[];
    expect(newest).toMatchObject({ version: 3, audience: ['cadre', 'special_class', 'hq'], audienceExcludes: ['inspector'] });
    const { title, description, audience, schema, uiSchema, i18n, process } = newest!;
    const saved = await admin.request('PUT', '/api/admin/forms/good-practice-article/draft', {
      ...{ title, description, audience, schema, uiSchema, i18n, process },
      audienceExcludes: [],
    });
    expect(saved.status).toBe(200);
    const published = await admin.request('POST', '/api/admin/forms/good-practice-article/publish');
    expect(published.body.version).toBe(4);
    expect(await formKeys(INSPECTOR)).toContain('good-practice-article');
    expect(await formKeys(INSPECTOR)).not.toContain('commendation');
  });
});
