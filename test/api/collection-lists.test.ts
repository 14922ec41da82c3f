// The collection routes for a client: the compliance grid refuses a form it does not know (no silent daily report),
// reads its dates strictly and pages its enterprises; bulletins and rounds page with their totals; a bulletin is
// addressed by its form and its date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { insertBulletin } from '../collections/bulletin-fixture';
import { publicId } from '#core/domain/public-id';

describe('collection lists', () => {
  let app: BareApp;
  let hq: HttpSession;
  let bulletinPaths: string[];

  beforeAll(async () => {
    app = await startBareApp();
    hq = new HttpSession(app.baseUrl);
    await hq.login('hq', DEMO_PASSWORD);
    bulletinPaths = [];
    for (let n = 0; n < 3; n += 1) bulletinPaths.push(await insertBulletin(app.db));
  });
  afterAll(() => app.stop());

  describe('compliance grid', () => {
    it.each([
      ['zh-CN', 'no-such-form', '没有名为“no-such-form”的在用征集表单（可能已停用或不是征集表单）'],
      ['en', 'no-such-form', 'No collection form "no-such-form" is in use (it may have been retired, or it is not a collection form)'],
      // A published form that collects nothing is no grid either.
      [
        'en',
        'difficulty-report',
        'No collection form "difficulty-report" is in use (it may have been retired, or it is not a collection form)',
      ],
    ])('answers 404 in %s for a form key it does not know (%s)', async (locale, key, message) => {
      hq.locale = locale as 'zh-CN' | 'en';
      const answer = await hq.request('GET', `/api/collections/compliance?formKey=${key}`);
      hq.locale = 'zh-CN';
      expect(answer.status).toBe(404);
      expect(answer.body.error).toEqual({ code: 'unknown_form', message, details: [] });
    });

    it('answers 404 for a retired form, and the daily report when no form is named', async () => {
      const named = await hq.request('GET', '/api/collections/compliance?formKey=liaison-designation');
      expect(named.status).toBe(200);
      expect(named.body.formKey).toBe('liaison-designation');
      await app.db('form_definitions').where({ key: 'liaison-designation' }).update({ status: 'retired' });
      try {
        const retired = await hq.request('GET', '/api/collections/compliance?formKey=liaison-designation');
        expect(retired.status).toBe(404);
        expect(retired.body.error.code).toBe('unknown_form');
      } finally {
        await app.db('form_definitions').where({ key: 'liaison-designation' }).update({ status: 'published' });
      }
      const unnamed = await hq.request('GET', '/api/collections/compliance');
      expect(unnamed.status).toBe(200);
      expect(unnamed.body.formKey).toBe('daily-report');
    });

    it('refuses a malformed date instead of reading it as today', async () => {
      const answer = await hq.request('GET', '/api/collections/compliance?from=2026-13-01');
      expect(answer.status).toBe(422);
      expect(answer.body.error.details.map((d: { path: string }) => d.path)).toEqual(['?from']);
    });

    it('refuses a date near the year 9999, which once ran the web process out of memory', async () => {
      for (const query of ['to=9999-12-31', 'from=9999-12-31&to=9999-12-31', 'from=0001-01-01&to=0001-01-02']) {
        const answer = await hq.request('GET', `/api/collections/compliance?${query}`);
        expect(answer.status, query).toBe(422);
        expect(answer.body.error.details.length, query).toBeGreaterThan(0);
      }
      // Still answering.
      expect((await hq.request('GET', '/api/collections/compliance')).status).toBe(200);
    });

    it('pages the enterprises with the total of the grid', async () => {
      const all = (await hq.request('GET', '/api/collections/compliance?limit=500')).body;
      expect(all.page).toEqual({ limit: 500, offset: 0, total: all.totalEnterprises });
      expect(all.rows).toHaveLength(all.totalEnterprises);
      expect(all.totalEnterprises).toBeGreaterThan(3);
      const first = (await hq.request('GET', '/api/collections/compliance?limit=2')).body;
      const second = (await hq.request('GET', '/api/collections/compliance?limit=2&offset=2')).body;
      expect(first.page).toEqual({ limit: 2, offset: 0, total: all.totalEnterprises });
      expect(second.page).toEqual({ limit: 2, offset: 2, total: all.totalEnterprises });
      const names = (body: { rows: { enterpriseId: number }[] }) => body.rows.map((row) => row.enterpriseId);
      expect([...names(first), ...names(second)]).toEqual(names(all).slice(0, 4));
    });
  });

  describe('bulletins', () => {
    it('pages the bulletins the reader may read, newest date first, with their total', async () => {
      const first = await hq.request('GET', '/api/collections/bulletins?limit=2');
      expect(first.status).toBe(200);
      expect(first.body.page).toEqual({ limit: 2, offset: 0, total: 3 });
      const second = await hq.request('GET', '/api/collections/bulletins?limit=2&offset=2');
      expect(second.body.page).toEqual({ limit: 2, offset: 2, total: 3 });
      const dates = [...first.body.bulletins, ...second.body.bulletins].map((b: { date: string }) => b.date);
      expect(dates).toEqual(bulletinPaths.map((path) => path.split('/').pop()).reverse());
      expect((await hq.request('GET', '/api/collections/bulletins?formKey=liaison-designation')).body.page.total).toBe(0);
    });

    it('reads one bulletin by its form and its date', async () => {
      const [, , third] = bulletinPaths;
      const date = third!.split('/').pop()!;
      expect(third).toBe(`/api/collections/bulletins/daily-report/${date}`);
      const answer = await hq.request('GET', third!);
      expect(answer.status).toBe(200);
      expect(answer.body.bulletin).toMatchObject({ roundId: `daily-report_2F${date}`, data: { date } });
      expect((await hq.request('GET', '/api/collections/bulletins/daily-report/2001-13-40')).status).toBe(404);
      expect((await hq.request('GET', '/api/collections/bulletins/daily-report/not-a-date')).status).toBe(404);
    });
  });

  it('pages the rounds, narrowed by form', async () => {
    const admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const all = (await admin.request('GET', '/api/collections/rounds?formKey=daily-report&limit=500')).body;
    expect(all.page.total).toBe(all.rounds.length);
    expect(all.rounds.every((round: { formKey: string }) => round.formKey === 'daily-report')).toBe(true);
    const one = (await admin.request('GET', '/api/collections/rounds?formKey=daily-report&limit=1&offset=1')).body;
    expect(one.page).toEqual({ limit: 1, offset: 1, total: all.page.total });
    expect(one.rounds.map((r: { id: string }) => r.id)).toEqual(all.rounds.slice(1, 2).map((r: { id: string }) => r.id));
  });

  it('names rounds by ids a URL takes as they are, the same in every list, and finds them in the audit log by either form', async () => {
    const admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const { rounds } = (await admin.request('GET', '/api/collections/rounds?formKey=daily-report&limit=500')).body;
    expect(rounds.length).toBeGreaterThanOrEqual(3);
    for (const round of rounds) {
      expect(round.roundKey).toContain('/');
      expect(round.id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(round.id).toBe(publicId(round.roundKey));
    }
    const bulletins = (await admin.request('GET', '/api/collections/bulletins?limit=500')).body.bulletins;
    expect(bulletins.map((b: { roundId: string }) => b.roundId)).toEqual(
      expect.arrayContaining(bulletinPaths.map((path) => publicId(path.replace('/api/collections/bulletins/', '')))),
    );
    const [date] = bulletinPaths[0]!.split('/').slice(-1);
    const grid = (await admin.request('GET', `/api/collections/compliance?from=${date}&to=${date}`)).body;
    expect(grid.columns).toEqual([expect.objectContaining({ key: date, date, roundId: `daily-report_2F${date}` })]);

    const [round] = rounds;
    await app.db('audit_log').insert({
      action: 'test.round',
      target_type: 'collection_round',
      target_id: round.roundKey,
      summary: '{}',
      created_at: new Date().toISOString(),
    });
    for (const asked of [round.id, encodeURIComponent(round.roundKey)]) {
      const log = (await admin.request('GET', `/api/audit?action=test.round&targetId=${asked}`)).body;
      expect(log.entries.map((e: { targetId: string }) => e.targetId)).toEqual([round.id]);
    }
  });
});
