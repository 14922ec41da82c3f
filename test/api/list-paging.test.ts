// Every list pages the same way: `?limit=&offset=` in, the list under its own name and `page: { limit, offset, total }`
// out; consecutive pages add up to the whole list, filters narrow the total, and a bad limit is a 422 naming `limit`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

/** A list route, who reads it, the name of its list, a key for its rows, and a filter with what every row it keeps shows. */
const LISTS: {
  path: string;
  as: string;
  list: string;
  key: string;
  filter?: { query: string; row: Record<string, unknown> };
}[] = [
  { path: '/api/enterprises', as: 'hq', list: 'enterprises', key: 'id', filter: { query: 'focus=1', row: { focus: true } } },
  { path: '/api/projects', as: 'hq', list: 'projects', key: 'id' },
  { path: '/api/assignments?history=1', as: 'hq', list: 'assignments', key: 'id' },
  {
    path: '/api/working-groups',
    as: 'hq',
    list: 'workingGroups',
    key: 'id',
    filter: { query: 'kind=inspection', row: { kind: 'inspection' } },
  },
  { path: '/api/difficulty-categories', as: 'hq', list: 'categories', key: 'key' },
  { path: '/api/users', as: 'admin', list: 'users', key: 'id', filter: { query: 'role=cadre', row: { role: 'cadre' } } },
  { path: '/api/audit', as: 'admin', list: 'entries', key: 'id', filter: { query: 'action=test.', row: { action: 'test.paging' } } },
  { path: '/api/submissions', as: 'hq', list: 'submissions', key: 'id' },
  { path: '/api/hotline', as: 'hq', list: 'calls', key: 'id' },
];

describe('list paging', () => {
  let app: BareApp;
  const sessions: Record<string, HttpSession> = {};

  beforeAll(async () => {
    app = await startBareApp();
    for (const username of ['hq', 'admin']) {
      sessions[username] = new HttpSession(app.baseUrl);
      await sessions[username].login(username, DEMO_PASSWORD);
    }
    // Records enough to page: submissions and hotline calls of a seeded enterprise.
    const ent01 = await app.db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
    const hq = await app.db('users').where({ username: 'hq' }).first('id');
    const at = (n: number) => new Date(Date.UTC(2026, 10, 1, n)).toISOString();
    const form = await app.db('form_definitions').where({ key: 'liaison-designation' }).orderBy('version', 'desc').first('version');
    for (let n = 0; n < 3; n += 1) {
      await app.db('audit_log').insert({
        actor_id: hq.id,
        actor_role: 'hq',
        action: 'test.paging',
        target_type: 'test',
        target_id: String(n),
        summary: '{}',
        created_at: at(n),
      });
      await app.db('submissions').insert({
        id: `00000000-0000-4000-8000-00000000000${n}`,
        form_key: 'liaison-designation',
        form_version: form.version,
        enterprise_id: ent01.enterprise_id,
        user_id: ent01.id,
        data: JSON.stringify({ liaisonName: '赵六', mobile: '13700137000', email: 'zl@example.com' }),
        status: 'received',
        workflow_id: `list-paging-${n}`,
        created_at: at(n),
        updated_at: at(n),
      });
      await app.db('hotline_calls').insert({
        enterprise_id: ent01.enterprise_id,
        caller_name: '王先生',
        caller_mobile: '13912345678',
        category: 'other',
        problem: '咨询复工手续',
        received_at: at(n),
        taken_by: hq.id,
        created_at: at(n),
      });
    }
  });
  afterAll(() => app.stop());

  const get = async (as: string, path: string) => {
    const answer = await sessions[as]!.request('GET', path);
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  };
  const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

  it.each(LISTS)('$path pages with its total, the pages adding up to the whole list', async ({ path, as, list, key }) => {
    const whole = await get(as, withQuery(path, 'limit=500'));
    const total = whole.page.total as number;
    expect(whole.page).toEqual({ limit: 500, offset: 0, total });
    expect(whole[list]).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(3);
    const keys = (body: Record<string, Record<string, unknown>[]>) => body[list]!.map((row) => row[key]);
    const paged = [];
    for (let offset = 0; offset < total; offset += 2) {
      const body = await get(as, withQuery(path, `limit=2&offset=${offset}`));
      expect(body.page).toEqual({ limit: 2, offset, total });
      paged.push(...keys(body));
    }
    expect(paged).toEqual(keys(whole));
    expect((await get(as, path)).page).toEqual({ limit: 50, offset: 0, total });
  });

  it.each(LISTS.filter((l) => l.filter))('$path narrows by $filter.query', async ({ path, as, list, filter }) => {
    const whole = await get(as, withQuery(path, 'limit=500'));
    const narrowed = await get(as, withQuery(path, `${filter!.query}&limit=500`));
    expect(narrowed.page.total).toBe(narrowed[list].length);
    expect(narrowed.page.total).toBeGreaterThan(0);
    expect(narrowed.page.total).toBeLessThan(whole.page.total);
    for (const row of narrowed[list]) expect(row).toMatchObject(filter!.row);
  });

  it.each(LISTS)('$path refuses a bad limit with a 422 naming it', async ({ path, as }) => {
    const session = sessions[as]!;
    session.locale = 'en';
    const answer = await session.request('GET', withQuery(path, 'limit=0'));
    session.locale = 'zh-CN';
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: 'invalid_body', message: 'Some fields need attention' });
    expect(answer.body.error.details).toEqual([expect.objectContaining({ path: '?limit' })]);
  });

  // A number past what the database takes as an OFFSET reached it as a float, and the caller got a 500.
  it.each(LISTS)('$path refuses an offset no list reaches with a 422 naming it', async ({ path, as, list }) => {
    for (const offset of ['99999999999999999999', '2147483648']) {
      const answer = await sessions[as]!.request('GET', withQuery(path, `offset=${offset}`));
      expect(answer.status, `${offset}: ${JSON.stringify(answer.body)}`).toBe(422);
      expect(answer.body.error).toMatchObject({ code: 'invalid_body', message: '提交的内容有误，请按提示修改' });
      expect(answer.body.error.details).toEqual([expect.objectContaining({ path: '?offset' })]);
    }
    // The largest offset taken is an empty page, as any offset past the end.
    expect((await get(as, withQuery(path, 'offset=2147483647')))[list]).toEqual([]);
  });
});
