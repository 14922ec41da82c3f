// The lists that paged last: the evaluation, the gate and health-watch registers, visits, the credit ledger, measures,
// the email templates, the forms (filled and administered), the calendar, the enterprise's to-do cases and a task's
// candidates. Each pages like every other list (`?limit=&offset=` in, `page: { limit, offset, total }` out), its pages
// add up to the whole list, its filters narrow the total, and a bad limit is a 422 naming `?limit`.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { workerHealthWatch } from '../fixtures/worker-health-watch';
import { seedListRows, type ListSeed } from './more-list-paging-seed';

/** A list route, who reads it, the name of its list, a key for its rows, and a filter with what every row it keeps shows. */
interface ListCase {
  path: (seed: ListSeed) => string;
  as: string;
  list: string;
  key: string;
  filter?: { query: string; row: Record<string, unknown> };
}

const LISTS: Record<string, ListCase> = {
  'GET /api/evaluation': {
    path: () => '/api/evaluation?from=2026-01-01&to=2026-12-31',
    as: 'hq',
    list: 'rows',
    key: 'enterpriseId',
    filter: { query: 'focus=true', row: { focus: true } },
  },
  'GET /api/gate/register': {
    path: (seed) => `/api/gate/register?projectId=${seed.projectId}`,
    as: 'hq',
    list: 'workers',
    key: 'workerId',
    filter: { query: 'status=admitted', row: { status: 'admitted' } },
  },
  'GET /api/gate/projects': {
    path: () => '/api/gate/projects',
    as: 'hq',
    list: 'projects',
    key: 'id',
    filter: { query: `q=${encodeURIComponent('华建第一')}`, row: { enterpriseName: '济南华建第一建设集团有限公司' } },
  },
  'GET /api/monitoring/register': {
    path: () => '/api/monitoring/register?formKey=paging-watch',
    as: 'hq',
    list: 'subjects',
    key: 'id',
    filter: { query: 'status=ended', row: { status: 'ended' } },
  },
  'GET /api/visits': {
    path: () => '/api/visits',
    as: 'hq',
    list: 'visits',
    key: 'id',
    filter: { query: 'enterpriseId=1', row: { enterpriseId: 1 } },
  },
  'GET /api/enterprises/:id/credit': { path: () => '/api/enterprises/1/credit', as: 'hq', list: 'entries', key: 'id' },
  'GET /api/enterprises/:id/measures': { path: () => '/api/enterprises/1/measures', as: 'hq', list: 'measures', key: 'id' },
  'GET /api/admin/email-templates': {
    path: () => '/api/admin/email-templates',
    as: 'admin',
    list: 'templates',
    key: 'name',
    filter: { query: 'purpose=case-update', row: { name: 'case-update', createdPurpose: null } },
  },
  'GET /api/forms': {
    path: () => '/api/forms',
    as: 'ent01',
    list: 'forms',
    key: 'key',
    filter: { query: 'processType=collection', row: { processType: 'collection' } },
  },
  'GET /api/admin/forms': {
    path: () => '/api/admin/forms',
    as: 'admin',
    list: 'forms',
    key: 'key',
    filter: { query: 'processType=collection', row: { processType: 'collection' } },
  },
  'GET /api/calendar': {
    path: () => '/api/calendar?year=2026',
    as: 'hq',
    list: 'days',
    key: 'date',
    filter: { query: 'kind=workday', row: { kind: 'workday' } },
  },
  'GET /api/me/todo': { path: () => '/api/me/todo', as: 'ent01', list: 'cases', key: 'id' },
  'GET /api/tasks/:id/candidates': {
    path: (seed) => `/api/tasks/${seed.taskId}/candidates`,
    as: 'hq',
    list: 'candidates',
    key: 'id',
    filter: { query: 'role=cadre', row: { role: 'cadre' } },
  },
};
const ROUTES = Object.keys(LISTS);

describe('the lists that page last', () => {
  let app: BareApp;
  let seed: ListSeed;
  const sessions: Record<string, HttpSession> = {};

  beforeAll(async () => {
    app = await startBareApp();
    for (const username of ['hq', 'admin', 'ent01', 'cadre1', 'gate1']) {
      sessions[username] = new HttpSession(app.baseUrl);
      await sessions[username].login(username, DEMO_PASSWORD);
    }
    const admin = sessions.admin!;
    expect((await admin.request('PUT', '/api/admin/forms/paging-watch/draft', workerHealthWatch('paging-watch'))).status).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/paging-watch/publish')).status).toBe(200);
    seed = await seedListRows(app.db, randomUUID().slice(0, 8));
  });
  afterAll(() => app.stop());

  const get = async (as: string, path: string) => {
    const answer = await sessions[as]!.request('GET', path);
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  };
  const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

  it.each(ROUTES)('%s pages with its total, the pages adding up to the whole list', async (route) => {
    const { as, list, key } = LISTS[route]!;
    const path = LISTS[route]!.path(seed);
    const whole = await get(as, withQuery(path, 'limit=500'));
    const total = whole.page.total as number;
    expect(whole.page).toEqual({ limit: 500, offset: 0, total });
    expect(whole[list]).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(3);
    const keys = (body: Record<string, Record<string, unknown>[]>) => body[list]!.map((row) => row[key]);
    expect(new Set(keys(whole)).size).toBe(total);
    const paged = [];
    for (let offset = 0; offset < total; offset += 2) {
      const body = await get(as, withQuery(path, `limit=2&offset=${offset}`));
      expect(body.page).toEqual({ limit: 2, offset, total });
      expect(body[list]).toHaveLength(Math.min(2, total - offset));
      paged.push(...keys(body));
    }
    expect(paged).toEqual(keys(whole));
    expect((await get(as, path)).page).toEqual({ limit: 50, offset: 0, total });
    expect((await get(as, withQuery(path, `offset=${total}`)))[list]).toEqual([]);
  });

  it.each(ROUTES.filter((route) => LISTS[route]!.filter))('%s narrows by its filter', async (route) => {
    const { as, list, filter } = LISTS[route]!;
    const path = LISTS[route]!.path(seed);
    const whole = await get(as, withQuery(path, 'limit=500'));
    const narrowed = await get(as, withQuery(path, `${filter!.query}&limit=500`));
    expect(narrowed.page.total).toBe(narrowed[list].length);
    expect(narrowed.page.total).toBeGreaterThan(0);
    expect(narrowed.page.total).toBeLessThan(whole.page.total);
    for (const row of narrowed[list]) expect(row).toMatchObject(filter!.row);
  });

  it.each([...ROUTES, 'GET /api/admin/robots'])('%s refuses a bad limit with a 422 naming it, and an unknown parameter', async (route) => {
    const { as, path } = LISTS[route] ?? { as: 'admin', path: () => '/api/admin/robots' };
    const session = sessions[as]!;
    session.locale = 'en';
    const tooMany = await session.request('GET', withQuery(path(seed), 'limit=501'));
    const unknown = await session.request('GET', withQuery(path(seed), 'sort=name'));
    session.locale = 'zh-CN';
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error).toMatchObject({ code: 'invalid_body', message: 'Some fields need attention' });
    expect(tooMany.body.error.details).toEqual([expect.objectContaining({ path: '?limit' })]);
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toEqual(['?sort']);
  });

  it('keeps the figures of the whole list beside a page: the register counts every worker, the ledger sums every entry', async () => {
    const register = await get('hq', `/api/gate/register?projectId=${seed.projectId}&limit=1`);
    expect(register.workers).toHaveLength(1);
    expect(register.totals).toMatchObject({ workers: 3, admitted: 2, turnedBack: 1 });
    expect(register.zones.construction).toBe(3);
    const ledger = await get('hq', '/api/enterprises/1/credit?limit=1');
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.total).toBe(seed.creditSum);
    // A page of the ranking keeps each enterprise's rank in the whole ranking.
    const ranking = await get('hq', '/api/evaluation?from=2026-01-01&to=2026-12-31&limit=2&offset=2');
    const whole = await get('hq', '/api/evaluation?from=2026-01-01&to=2026-12-31&limit=500');
    expect(ranking.rows).toEqual(whole.rows.slice(2, 4));
    expect(ranking.rows[0].rank).toBeGreaterThan(1);
  });

  it('finds the sites a reader may open by name, in scope: the register lists the first ones and counts them all', async () => {
    const all = await get('hq', '/api/gate/projects?limit=500');
    const register = await get('hq', '/api/gate/register');
    expect(register.projectsTotal).toBe(all.page.total);
    expect(register.projects).toEqual(all.projects.slice(0, register.projects.length));
    // A cadre finds only its enterprises' sites, a gate officer only its own, and a name outside that scope finds none.
    const cadreIds = new Set(
      (
        await app
          .db('cadre_assignments as a')
          .join('users as u', 'u.id', 'a.cadre_id')
          .where('u.username', 'cadre1')
          .select('a.enterprise_id')
      ).map((row) => Number(row.enterprise_id)),
    );
    const projectsOf = async (ids: number[]) =>
      (await app.db('projects').whereIn('id', ids).select('enterprise_id')).map((row) => Number(row.enterprise_id));
    const cadre = await get('cadre1', '/api/gate/projects?limit=500');
    expect(cadre.page.total).toBeGreaterThan(0);
    expect(cadre.page.total).toBeLessThan(all.page.total);
    expect((await projectsOf(cadre.projects.map((p: { id: number }) => p.id))).every((id) => cadreIds.has(id))).toBe(true);
    const gate = await get('gate1', '/api/gate/projects');
    const gateProject = (await app.db('users').where({ username: 'gate1' }).first('project_id')).project_id;
    expect(gate.projects.map((p: { id: number }) => p.id)).toEqual([Number(gateProject)]);
    const outside = all.projects.find((p: { id: number }) => !cadre.projects.some((c: { id: number }) => c.id === p.id));
    const byName = await get('cadre1', `/api/gate/projects?q=${encodeURIComponent(outside.name)}`);
    expect(byName.projects.some((p: { id: number }) => p.id === outside.id)).toBe(false);
    // Wildcards in the name are taken literally.
    expect((await get('hq', '/api/gate/projects?q=%25')).page.total).toBe(0);
  });
});
