// GET /api/outbox pages and narrows: a client finds one recipient's messages, a template's or a purpose's, the ones not
// yet sent, or a period's, and pages through them with the total in hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { testDatabases } from '../helpers/test-db';

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

// A quarantined worker's mobile is shown masked to every reader of the outbox (core/notify/sms-address.ts); searched
// against the stored number, the recipient filter told an admin whether a guess at the hidden digits was right, so
// some forty searches read the number back. The filter matches what the log shows, on both databases.
describe.each(testDatabases())('the outbox recipient filter on a text, on $name', (database) => {
  let app: BareApp;
  let admin: HttpSession;
  beforeAll(async () => {
    app = await startBareApp({ database });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(() => app?.stop());

  it('matches a text by its mobile as the log shows it, never by the digits it hides', async () => {
    const [row] = await app
      .db('outbox')
      .insert({
        idempotency_key: 'outbox-filters/sms',
        template: 'quarantine-alert',
        locale: 'zh-CN',
        channel: 'sms',
        to_address: 'sms:13912345678',
        subject: '张***您好',
        text_body: '张三您好',
        html_body: '',
        status: 'outbox',
        attempts: 0,
        created_at: '2026-12-08T02:00:00.000Z',
      })
      .returning('id');
    const id = Number((row as { id: number }).id);
    const found = async (recipient: string) => {
      const answer = await admin.request('GET', `/api/outbox?recipient=${encodeURIComponent(recipient)}`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return (answer.body.messages as { id: number; to: string }[]).filter((m) => m.id === id).map((m) => m.to);
    };
    for (const shown of ['sms:139****5678', '139****5678', '139', '5678', '****', 'SMS:'])
      expect(await found(shown), shown).toEqual(['sms:139****5678']);
    for (const guess of ['13912345678', '1391234', '1234', '9123', '391234', '12345678', '2345'])
      expect(await found(guess), guess).toEqual([]);
    // A number too short to be a mobile is all stars, as it is shown.
    await app.db('outbox').where({ id }).update({ to_address: 'sms:12345' });
    expect(await found('*****')).toEqual(['sms:*****']);
    expect(await found('123')).toEqual([]);
    // Other channels' addresses are shown, and matched, as stored.
    await app.db('outbox').where({ id }).update({ channel: 'email', to_address: 'worker13912345678@example.com' });
    expect(await found('13912345678')).toEqual(['worker13912345678@example.com']);
  });
});
