// GET /api/outbox pages and narrows: a client finds one recipient's messages, a template's or a purpose's, the ones not
// yet sent, or a period's, and pages through them with the total in hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

const DOMAIN = 'outbox-filters.example';

describe('outbox paging and filters', () => {
  let app: BareApp;
  let admin: HttpSession;
  let ids: number[];

  beforeAll(async () => {
    app = await startBareApp();
    const { db } = app;
    await db('email_template_purposes').insert({
      name: 'task-assigned-urgent',
      purpose: 'task-assigned',
      created_at: '2026-12-01T00:00:00.000Z',
    });
    // Seven messages, oldest first: two recipients, three templates, two statuses, one a day from 1 to 7 December.
    const rows = [
      ['task-assigned', 'a', 'outbox'],
      ['task-assigned-urgent', 'a', 'sent'],
      ['daily-digest', 'b', 'sent'],
      ['task-assigned', 'B', 'queued'],
      ['daily-digest', 'a', 'outbox'],
      ['task-overdue', 'b', 'sent'],
      ['task-assigned', 'a', 'sent'],
    ].map(([template, who, status], n) => ({
      idempotency_key: `outbox-filters/${n}`,
      template,
      locale: 'zh-CN',
      to_address: `${who}@${DOMAIN}`,
      subject: `第 ${n} 封`,
      text_body: 'x',
      html_body: '<p>x</p>',
      status,
      attempts: status === 'sent' ? 1 : 0,
      created_at: `2026-12-0${n + 1}T02:00:00.000Z`,
    }));
    await db('outbox').insert(rows);
    ids = (await db('outbox').where('to_address', 'like', `%@${DOMAIN}`).orderBy('id').select('id')).map((row) => Number(row.id));
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(() => app.stop());

  const list = async (query: string) => {
    const scoped = query.startsWith('recipient=') ? query : `recipient=${DOMAIN}&${query}`;
    const answer = await admin.request('GET', `/api/outbox?${scoped}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as { messages: { id: number; to: string; template: string; status: string }[]; page: unknown };
  };
  const newestFirst = (...indexes: number[]) => indexes.map((n) => ids[n]);

  it('pages newest first with the total of the whole list', async () => {
    const first = await list('limit=3');
    expect(first.page).toEqual({ limit: 3, offset: 0, total: 7 });
    expect(first.messages.map((m) => m.id)).toEqual(newestFirst(6, 5, 4));
    const second = await list('limit=3&offset=3');
    expect(second.page).toEqual({ limit: 3, offset: 3, total: 7 });
    expect(second.messages.map((m) => m.id)).toEqual(newestFirst(3, 2, 1));
    const last = await list('limit=3&offset=6');
    expect(last.messages.map((m) => m.id)).toEqual(newestFirst(0));
    const beyond = await list('limit=3&offset=9');
    expect(beyond).toEqual({ messages: [], page: { limit: 3, offset: 9, total: 7 } });
  });

  it('answers 50 a page when the client names no limit', async () => {
    expect((await list('')).page).toEqual({ limit: 50, offset: 0, total: 7 });
  });

  it.each([
    ['status=sent', [6, 5, 2, 1]],
    ['status=outbox', [4, 0]],
    ['template=task-assigned', [6, 3, 0]],
    // A created template plays a shipped one's role: a purpose finds both.
    ['purpose=task-assigned', [6, 3, 1, 0]],
    ['purpose=daily-digest&status=sent', [2]],
    // Part of an address, whatever its case.
    [`recipient=b@${DOMAIN}`, [5, 3, 2]],
    ['since=2026-12-03&until=2026-12-05', [3, 2]],
    ['since=2026-12-06T10:00:00%2B08:00', [6, 5]],
  ])('narrows by %s', async (query, expected) => {
    const body = await list(query);
    expect(body.messages.map((m) => m.id)).toEqual(newestFirst(...expected));
    expect(body.page).toMatchObject({ total: expected.length });
  });

  it.each([
    ['limit=0', '?limit'],
    ['limit=501', '?limit'],
    ['limit=ten', '?limit'],
    ['offset=-1', '?offset'],
    ['status=lost', '?status'],
    ['since=yesterday', '?since'],
    ['colour=red', '?colour'],
    // One value per filter: a repeated key is a list, which no filter takes.
    ['status=sent&status=outbox', '?status'],
  ])('refuses %s with a 422 naming the parameter', async (query, path) => {
    admin.locale = 'en';
    const answer = await admin.request('GET', `/api/outbox?${query}`);
    admin.locale = 'zh-CN';
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('invalid_body');
    expect(answer.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('is for admins only', async () => {
    const hq = new HttpSession(app.baseUrl);
    await hq.login('hq', DEMO_PASSWORD);
    expect((await hq.request('GET', '/api/outbox?limit=5')).status).toBe(403);
  });
});
