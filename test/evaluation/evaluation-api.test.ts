// The evaluation API: each reader sees the ranking within their scope, the export says the same in the reader's
// language, and only an admin changes the weights (validated field by field, audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendCreditEntry } from '#core/stores/credit/credit-ledger';
import { DEFAULT_WEIGHTS } from '#core/evaluation/evaluation-weights';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { signedIn } from '#scripts/kit/http-session';
import { evaluationApi } from '#web/app/src/api/evaluation-api';

describe('evaluation API', () => {
  let app: BareApp;
  let own: number;

  beforeAll(async () => {
    app = await startBareApp();
    own = Number((await app.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    await appendCreditEntry(app.db, {
      key: 'evaluation-api/commendation',
      enterpriseId: own,
      points: 7,
      reason: '通报表扬',
      basis: 'test',
      approverId: null,
      at: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('ranks the city for HQ, with the commended enterprise first and its points in the breakdown', async () => {
    const hq = await signedIn(app.baseUrl, 'hq');
    const { status, body } = await hq.request('GET', '/api/evaluation');
    expect(status).toBe(200);
    const enterprises = await app.db('enterprises').count({ n: '*' }).first();
    expect(body.rows).toHaveLength(Number(enterprises!.n));
    expect(body.rows[0]).toMatchObject({ rank: 1, enterpriseId: own, counts: { creditPoint: 7 }, points: { creditPoint: 7 } });
    expect(body.period.from).toMatch(/^\d{4}-01-01$/);
    expect(body.scored).toBe(true);
  });

  it('says nothing was scored in a period without records, so the page shows no ranking of zeros', async () => {
    const hq = await signedIn(app.baseUrl, 'hq');
    const { status, body } = await hq.request('GET', '/api/evaluation?from=2001-01-01&to=2001-12-31');
    expect(status).toBe(200);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.every((row: { score: number }) => row.score === 0)).toBe(true);
    expect(body.scored).toBe(false);
  });

  it('shows an enterprise only its own line, and refuses another enterprise’s breakdown', async () => {
    const enterprise = await signedIn(app.baseUrl, 'ent01');
    const { body } = await enterprise.request('GET', '/api/evaluation');
    expect(body.rows.map((row: { enterpriseId: number }) => row.enterpriseId)).toEqual([own]);
    const other = await app.db('enterprises').whereNot({ id: own }).first('id');
    expect((await enterprise.request('GET', `/api/evaluation/enterprises/${other.id}`)).status).toBe(404);
    expect((await enterprise.request('GET', `/api/evaluation/enterprises/${own}`)).body.row.score).toBe(7);
  });

  it('exports the ranking as CSV with titles in the reader’s language', async () => {
    const hq = await signedIn(app.baseUrl, 'hq');
    const zh = new TextDecoder().decode((await hq.download('/api/evaluation/export.csv')).bytes);
    expect(zh.split('\n')[0]).toContain('排名,企业,重点企业,得分,信用积分');
    const name = (await app.db('enterprises').where({ id: own }).first('name')).name;
    expect(zh.split('\n')[1]).toContain(`1,${name},`);
    const english = await signedIn(app.baseUrl, 'hq', { locale: 'en' });
    const en = new TextDecoder().decode((await english.download('/api/evaluation/export.csv')).bytes);
    expect(en.split('\n')[0]).toContain('Rank,Enterprise,Focus enterprise,Score,Credit points');
  });

  it('lets an admin change the weights, refuses a bad weight on its field, and audits the change', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const bad = await admin.request('PUT', '/api/evaluation/weights', { ...DEFAULT_WEIGHTS, creditPoint: 1000 });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('creditPoint');
    const saved = await admin.request('PUT', '/api/evaluation/weights', { ...DEFAULT_WEIGHTS, creditPoint: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body.weights.creditPoint).toBe(0);
    const audit = await app.db('audit_log').where({ action: 'evaluation.weights' }).first();
    expect(audit).toBeTruthy();
    const hq = await signedIn(app.baseUrl, 'hq');
    expect((await hq.request('PUT', '/api/evaluation/weights', DEFAULT_WEIGHTS)).status).toBe(403);
    const { body } = await hq.request('GET', `/api/evaluation/enterprises/${own}`);
    expect(body.row.score).toBe(0);
    await admin.request('PUT', '/api/evaluation/weights', DEFAULT_WEIGHTS);
  });

  describe('query contract', () => {
    const PERIOD = 'from=2026-01-01&to=2026-06-30';
    type Detail = { path: string; message: string };
    const asked = async (path: string, locale: 'zh-CN' | 'en') => (await signedIn(app.baseUrl, 'hq', { locale })).request('GET', path);

    it('names an unknown parameter of the export and of one enterprise’s breakdown, in either language', async () => {
      for (const [path, accepted] of [
        [`/api/evaluation/export.csv?${PERIOD}&form=2026-01-01`, ['from', 'to', 'lang']],
        [`/api/evaluation/enterprises/${own}?${PERIOD}&form=2026-01-01`, ['from', 'to']],
      ] as const) {
        const chinese = await asked(path, 'zh-CN');
        expect(chinese.status, path).toBe(422);
        expect(chinese.body.error.code).toBe('invalid_body');
        expect(chinese.body.error.message).toBe('提交的内容有误，请按提示修改');
        expect(chinese.body.error.details).toEqual([
          { path: '?form', message: `不支持的查询参数“form”，可用的有：${accepted.join('、')}` },
        ]);
        const english = await asked(path, 'en');
        expect(english.status, path).toBe(422);
        expect(english.body.error.message).toBe('Some fields need attention');
        expect(english.body.error.details).toEqual([
          { path: '?form', message: `Unknown query parameter "form"; accepted: ${accepted.join(', ')}` },
        ]);
      }
    });

    it('refuses a period end given twice at the parameter, where the export once ended the period today without a word', async () => {
      for (const path of [
        `/api/evaluation/export.csv?from=2026-01-01&to=2026-03-31&to=2026-06-30`,
        `/api/evaluation/enterprises/${own}?from=2026-01-01&to=2026-03-31&to=2026-06-30`,
      ]) {
        const answer = await asked(path, 'en');
        expect(answer.status, path).toBe(422);
        expect(answer.body.error.code).toBe('invalid_body');
        expect(answer.body.error.details.map((detail: Detail) => detail.path)).toEqual(['?to']);
      }
    });

    it('answers a date that is no date with 422 at its parameter, in the caller’s language', async () => {
      const answer = await asked('/api/evaluation/export.csv?from=2026-13-45', 'zh-CN');
      expect(answer.status).toBe(422);
      expect(answer.body.error.details).toEqual([{ path: '?from', message: '应为日期“年-月-日”，例如 2026-12-04' }]);
    });

    it('describes the parameters in the API description', async () => {
      const { body } = await asked('/api/openapi.json', 'en');
      type Parameter = { name: string; in: string };
      const queryNames = (path: string) =>
        (body.paths[path].get.parameters as Parameter[]).filter((p) => p.in === 'query').map((p) => p.name);
      expect(queryNames('/api/evaluation/export.csv')).toEqual(['from', 'to', 'lang']);
      expect(queryNames('/api/evaluation/enterprises/{id}')).toEqual(['from', 'to']);
    });

    it('takes every parameter the web app sends', async () => {
      const period = { from: '2026-01-01', to: '2026-06-30' };
      // The addresses the app's own evaluation page builds (web/app/src/api/evaluation-api.ts), asked for real.
      const sent = [
        evaluationApi.rankingPath(undefined),
        evaluationApi.rankingPath(period, { offset: 50 }),
        evaluationApi.exportHref(period, 'en'),
        evaluationApi.exportHref(period, 'zh-CN'),
      ];
      for (const path of sent) expect((await asked(path, 'zh-CN')).status, path).toBe(200);
      const english = new TextDecoder().decode((await (await signedIn(app.baseUrl, 'hq')).download(sent[2]!)).bytes);
      expect(english.split('\n')[0]).toContain('Rank,Enterprise');
      const breakdown = await asked(`/api/evaluation/enterprises/${own}?${PERIOD}`, 'en');
      expect(breakdown.status).toBe(200);
      expect(breakdown.body.period).toEqual(period);
    });
  });

  it('refuses gate officers', async () => {
    expect((await (await signedIn(app.baseUrl, 'gate1')).request('GET', '/api/evaluation')).status).toBe(403);
  });
});
