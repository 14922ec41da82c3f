// The weights name the forms they count from by key. A key of no form, or of a form whose records the list does not
// read, would count nothing without a word; the API refuses it at its place in the list, in the reader's language,
// and keeps the weights as they were. The editor gets the forms each list may name, by title, to pick from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '#core/db';
import { DEFAULT_WEIGHTS } from '#core/evaluation/evaluation-weights';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const WEIGHTS = '/api/evaluation/weights';
const RETIRED = 'old-epidemic-supplies';

describe.each(testDatabases())('evaluation weights’ forms on $name', (database) => {
  let app: BareApp;

  beforeAll(async () => {
    app = await startBareApp({ database });
    // A retired ladder form: no new cases, but its past ones still count.
    const { id: _id, ...ladder } = await app.db('form_definitions').where({ key: 'difficulty-report' }).orderBy('version', 'desc').first();
    await app.db('form_definitions').insert({
      ...ladder,
      key: RETIRED,
      version: 1,
      status: 'retired',
      title: toJson({ 'zh-CN': '防疫物资需求登记', en: 'Epidemic supplies request' }),
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('offers each list the forms that fit it, by title, a retired one marked', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const { status, body } = await admin.request('GET', WEIGHTS);
    expect(status).toBe(200);
    const keys = (list: string) => body.choices[list].map((choice: { key: string }) => choice.key);
    expect(keys('reportForms')).toContain('daily-report');
    expect(keys('reportForms')).not.toContain('difficulty-report');
    expect(keys('difficultyForms')).toEqual(expect.arrayContaining(['difficulty-report', 'resumption-readiness', RETIRED]));
    expect(keys('difficultyForms')).not.toContain('daily-report');
    expect(keys('difficultyForms')).not.toContain('visit-log');
    expect(body.choices.difficultyForms.find((choice: { key: string }) => choice.key === RETIRED)).toEqual({
      key: RETIRED,
      title: { 'zh-CN': '防疫物资需求登记', en: 'Epidemic supplies request' },
      retired: true,
    });
  });

  it('refuses a misspelt form key at its place, in Chinese and in English, and keeps the weights', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const before = (await admin.request('GET', WEIGHTS)).body.weights;
    const audits = Number((await app.db('audit_log').where({ action: 'evaluation.weights' }).count({ n: '*' }).first())!.n);
    const misspelt = { ...DEFAULT_WEIGHTS, creditPoint: 3, difficultyForms: ['difficulty-report', 'epidemic-suplies'] };

    const zh = await admin.request('PUT', WEIGHTS, misspelt);
    expect(zh.status).toBe(422);
    expect(zh.body.error).toEqual({
      code: 'unfit_forms',
      message: '所选的计分来源表单有误，请按提示修改',
      details: [{ path: '/difficultyForms/1', message: '没有标识为“epidemic-suplies”的表单，请从列表中选择' }],
    });

    const english = await signedIn(app.baseUrl, 'admin', { locale: 'en' });
    const en = await english.request('PUT', WEIGHTS, misspelt);
    expect(en.status).toBe(422);
    expect(en.body.error.details).toEqual([
      { path: '/difficultyForms/1', message: 'No form has the key "epidemic-suplies"; pick the form from the list' },
    ]);

    expect((await admin.request('GET', WEIGHTS)).body.weights).toEqual(before);
    const after = Number((await app.db('audit_log').where({ action: 'evaluation.weights' }).count({ n: '*' }).first())!.n);
    expect(after).toBe(audits);
  });

  it('refuses a daily report counted as a difficulty, saying what the list takes', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const { status, body } = await admin.request('PUT', WEIGHTS, { ...DEFAULT_WEIGHTS, difficultyForms: ['daily-report'] });
    expect(status).toBe(422);
    expect(body.error.details).toHaveLength(1);
    expect(body.error.details[0].path).toBe('/difficultyForms/0');
    expect(body.error.details[0].message).toContain('计入困难办结的只能是逐级办理类表单');
  });

  it('saves forms picked from the offer, a retired one included', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const picked = { ...DEFAULT_WEIGHTS, difficultyForms: ['difficulty-report', RETIRED] };
    const { status, body } = await admin.request('PUT', WEIGHTS, picked);
    expect(status).toBe(200);
    expect(body.weights.difficultyForms).toEqual(['difficulty-report', RETIRED]);
    expect(body.choices.difficultyForms.map((choice: { key: string }) => choice.key)).toContain(RETIRED);
    expect((await admin.request('GET', WEIGHTS)).body.weights.difficultyForms).toEqual(['difficulty-report', RETIRED]);
  });
});
