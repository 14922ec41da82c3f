// "一企一策"、精准服务措施 (000 §III.1): the assigned cadre records a measure for one of its enterprises (what, for which
// difficulty, who carries it, by when), moves it on and closes it with how it ended; the enterprise reads its own
// measures only, the cadre its own enterprises', HQ every enterprise's; each write is on the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJson } from '#core/db';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import type { Locale } from '#core/domain/locale';
import { signedIn } from '#scripts/kit/http-session';

describe('一企一策: service measures per enterprise', () => {
  let app: BareApp;
  let own: number;
  let other: number;
  const as = (username: string, locale?: Locale) => signedIn(app.baseUrl, username, { locale });
  const measure = {
    measure: '协调口罩 2000 只，优先保障返岗人员',
    category: 'epidemic_supplies',
    responsible: '王局长',
    dueOn: '2026-02-20',
  };

  beforeAll(async () => {
    app = await startBareApp();
    own = (await app.db('users').where({ username: 'ent01' }).first()).enterprise_id;
    other = (await app.db('users').where({ username: 'ent06' }).first()).enterprise_id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lets the cadre record, move on and close a measure for its enterprise, each step on the audit log', async () => {
    const cadre = await as('cadre1');
    const created = await cadre.request('POST', `/api/enterprises/${own}/measures`, measure);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.measure).toMatchObject({
      enterpriseId: own,
      ...measure,
      categoryText: '防疫物资',
      status: 'planned',
      statusText: '已制定',
      outcome: null,
    });
    const id: number = created.body.measure.id;
    const started = await cadre.request('PATCH', `/api/measures/${id}`, { status: 'in-progress', dueOn: '2026-02-22' });
    expect(started.body.measure).toMatchObject({ status: 'in-progress', statusText: '推进中', dueOn: '2026-02-22' });
    // Closing asks how it ended.
    const bare = await cadre.request('PATCH', `/api/measures/${id}`, { status: 'done' });
    expect(bare.status).toBe(422);
    expect(bare.body.error.details).toEqual([{ path: '/outcome', message: '请填写落实情况' }]);
    const done = await cadre.request('PATCH', `/api/measures/${id}`, { status: 'done', outcome: '2 月 19 日送达口罩 2000 只' });
    expect(done.body.measure).toMatchObject({ status: 'done', statusText: '已落实', outcome: '2 月 19 日送达口罩 2000 只' });

    const audit = await app
      .db('audit_log')
      .where({ target_type: 'enterprise_measure', target_id: String(id) })
      .orderBy('id');
    expect(audit.map((row) => row.action)).toEqual(['measure.create', 'measure.update', 'measure.update']);
    expect(fromJson(audit[1].summary)).toEqual({
      before: { status: 'planned', dueOn: '2026-02-20' },
      after: { status: 'in-progress', dueOn: '2026-02-22' },
    });
    expect(fromJson(audit[2].summary)).toMatchObject({ before: { status: 'in-progress', outcome: null }, after: { status: 'done' } });
  });

  it('shows the enterprise its own measures only, the cadre its own enterprises’ only, and HQ every one, in the reader’s language', async () => {
    const cadre2 = await as('cadre2');
    const theirs = await cadre2.request('POST', `/api/enterprises/${other}/measures`, {
      ...measure,
      category: 'personnel',
      responsible: '李科长',
    });
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(201);

    const enterprise = await as('ent01');
    const mine = await enterprise.request('GET', `/api/enterprises/${own}/measures`);
    expect(mine.status).toBe(200);
    expect(mine.body.measures.length).toBeGreaterThan(0);
    expect(mine.body.measures.every((m: { enterpriseId: number }) => m.enterpriseId === own)).toBe(true);
    expect((await enterprise.request('GET', `/api/enterprises/${other}/measures`)).status).toBe(404);
    // An enterprise reads; it does not write its own measures.
    expect((await enterprise.request('POST', `/api/enterprises/${own}/measures`, measure)).status).toBe(403);

    const cadre1 = await as('cadre1');
    expect((await cadre1.request('GET', `/api/enterprises/${other}/measures`)).status).toBe(404);
    expect((await cadre1.request('POST', `/api/enterprises/${other}/measures`, measure)).status).toBe(404);
    expect((await cadre1.request('PATCH', `/api/measures/${theirs.body.measure.id}`, { status: 'in-progress' })).status).toBe(404);

    const hq = await as('hq', 'en');
    const city = await hq.request('GET', `/api/enterprises/${other}/measures`);
    expect(city.body.measures).toEqual([
      expect.objectContaining({ responsible: '李科长', category: 'personnel', categoryText: 'Personnel', statusText: 'Planned' }),
    ]);
    expect((await hq.request('POST', `/api/enterprises/${other}/measures`, measure)).status).toBe(403);
    expect((await (await as('gate1')).request('GET', `/api/enterprises/${own}/measures`)).status).toBe(403);
  });

  it('says which field is wrong', async () => {
    const cadre = await as('cadre1');
    const wrong = await cadre.request('POST', `/api/enterprises/${own}/measures`, { ...measure, category: 'weather', dueOn: '2/20' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/category', '/dueOn']);
  });

  it('refuses a due date that is not on the calendar, and keeps none', async () => {
    const cadre = await as('cadre1');
    const before = await app.db('enterprise_measures').count({ n: '*' }).first();
    const created = await cadre.request('POST', `/api/enterprises/${own}/measures`, { ...measure, dueOn: '2026-02-31' });
    expect(created.status).toBe(422);
    expect(created.body.error.details).toEqual([{ path: '/dueOn', message: expect.stringContaining('日期') }]);
    expect(await app.db('enterprise_measures').count({ n: '*' }).first()).toEqual(before);
    const id = (await cadre.request('POST', `/api/enterprises/${own}/measures`, measure)).body.measure.id;
    const moved = await cadre.request('PATCH', `/api/measures/${id}`, { dueOn: '2026-13-01' });
    expect(moved.status).toBe(422);
    expect(moved.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/dueOn']);
    expect((await cadre.request('GET', `/api/enterprises/${own}/measures?limit=500`)).body.measures).toContainEqual(
      expect.objectContaining({ id, dueOn: measure.dueOn }),
    );
  });
});
