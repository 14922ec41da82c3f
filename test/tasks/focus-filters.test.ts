// Focus enterprises (重点企业, 000 §II.4) have their own filter: the inbox (and a saved filter that keeps it) lists only
// their tasks, and the enterprise register lists only them; each reader stays within their own scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

describe('focus enterprise filters', () => {
  let app: BareApp;
  let focusIds: number[];
  let otherIds: number[];
  const session = async (username: string) => {
    const s = new HttpSession(app.baseUrl);
    await s.login(username, DEMO_PASSWORD);
    return s;
  };

  beforeAll(async () => {
    app = await startBareApp({ env: { LOG_LEVEL: 'silent' } });
    focusIds = (await app.db('enterprises').where({ focus: true }).orderBy('id').pluck('id')).map(Number);
    otherIds = (await app.db('enterprises').where({ focus: false }).orderBy('id').pluck('id')).map(Number);
    // One open HQ task per enterprise, so each filter's answer is known from the register.
    for (const id of [...focusIds, ...otherIds])
      await app.db('tasks').insert({
        id: `focus-filter-${id}`,
        workflow_id: `focus-filter-${id}`,
        process_type: 'ladder',
        step: 'hq',
        title: JSON.stringify({ 'zh-CN': `困难问题 ${id}`, en: `Difficulty ${id}` }),
        enterprise_id: id,
        candidate_role: 'hq',
        status: 'open',
        priority: 0,
        due_at: '2026-02-20T00:00:00.000Z',
        created_at: '2026-02-10T00:00:00.000Z',
        allowed_actions: '["resolve"]',
        completion_schema: '{}',
        search_text: `困难问题 ${id}`,
      });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const ours = (tasks: { id: string; enterpriseId: number }[]) =>
    tasks.filter((task) => task.id.startsWith('focus-filter-')).map((task) => task.enterpriseId);

  it('lists only the focus enterprises’ tasks in the inbox when asked, and every task otherwise', async () => {
    expect(focusIds.length).toBeGreaterThan(0);
    expect(otherIds.length).toBeGreaterThan(0);
    const hq = await session('hq');
    const focused = await hq.request('GET', '/api/tasks?box=groups&focus=1');
    expect(focused.status).toBe(200);
    expect(ours(focused.body.tasks).sort((a, b) => a - b)).toEqual(focusIds);
    const all = await hq.request('GET', '/api/tasks?box=groups');
    expect(ours(all.body.tasks).sort((a, b) => a - b)).toEqual([...focusIds, ...otherIds].sort((a, b) => a - b));
  });

  it('keeps the focus filter in a saved filter, which then lists the same tasks', async () => {
    const hq = await session('hq');
    const saved = await hq.request('POST', '/api/saved-filters', { name: '重点企业', query: { box: 'groups', focus: '1' } });
    expect(saved.status).toBe(201);
    expect(saved.body.filter).toMatchObject({ name: '重点企业', query: { box: 'groups', focus: '1' } });
    const listed = await hq.request('GET', '/api/saved-filters');
    const filter = listed.body.filters.find((f: { name: string }) => f.name === '重点企业');
    const answer = await hq.request('GET', `/api/tasks?${new URLSearchParams(filter.query)}`);
    expect(ours(answer.body.tasks).sort((a, b) => a - b)).toEqual(focusIds);
  });

  it('lists only focus enterprises on the register, within a cadre’s own enterprises', async () => {
    const admin = await session('admin');
    const register = await admin.request('GET', '/api/enterprises?focus=1');
    expect(register.status).toBe(200);
    expect(register.body.enterprises.map((e: { id: number }) => e.id)).toEqual(focusIds);
    expect(register.body.enterprises.every((e: { focus: boolean }) => e.focus)).toBe(true);

    const cadre = await session('cadre1');
    const mine = (await cadre.request('GET', '/api/enterprises')).body.enterprises as { id: number; focus: boolean }[];
    const myFocus = (await cadre.request('GET', '/api/enterprises?focus=1')).body.enterprises as { id: number }[];
    expect(myFocus.map((e) => e.id)).toEqual(mine.filter((e) => e.focus).map((e) => e.id));
    expect(mine.length).toBeGreaterThan(myFocus.length);
  });
});
