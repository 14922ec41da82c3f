// The evaluation API: each reader sees the ranking within their scope, the export says the same in the reader's
// language, and only an admin changes the weights (validated field by field, audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendCreditEntry } from '#core/stores/credit/credit-ledger';
import { DEFAULT_WEIGHTS } from '#core/evaluation/evaluation-weights';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { signedIn } from '#scripts/kit/http-session';

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

  it('refuses gate officers', async () => {
    expect((await (await signedIn(app.baseUrl, 'gate1')).request('GET', '/api/evaluation')).status).toBe(403);
  });
});
