// A saved inbox filter is the inbox's query string under a name. One account could store any keys and any number of
// filters (256 KB a request) until the disk filled; now a filter holds the inbox's own parameters only, and each person
// keeps at most 50, told so in their language, while saving one again under its name still replaces it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const FILTERS = '/api/saved-filters';

describe('saved inbox filters', () => {
  let app: BareApp;
  let cadre: HttpSession;

  beforeAll(async () => {
    app = await startBareApp();
    cadre = await signedIn(app.baseUrl, 'cadre1');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('keep the inbox’s own query parameters only', async () => {
    const stranger = await cadre.request('POST', FILTERS, { name: '大对象', query: { box: 'mine', padding: 'x'.repeat(200) } });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.details).toEqual([{ path: '/query/padding', message: '表单中有多余的内容，请刷新页面后重新填写' }]);
    const paging = await cadre.request('POST', FILTERS, { name: '分页', query: { limit: '500' } });
    expect(paging.status).toBe(422);
    const inbox = await cadre.request('POST', FILTERS, { name: '逾期', query: { box: 'mine', overdue: '1', q: '泉城', sort: 'priority' } });
    expect(inbox.status).toBe(201);
  });

  it('stop at 50 a person, saying so, while a filter saved again under its name replaces it', async () => {
    for (let n = (await cadre.request('GET', FILTERS)).body.page.total; n < 50; n += 1) {
      expect((await cadre.request('POST', FILTERS, { name: `筛选 ${n}`, query: { box: 'mine' } })).status).toBe(201);
    }
    const over = await cadre.request('POST', FILTERS, { name: '第 51 个', query: { box: 'mine' } });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'too_many_saved_filters', message: '最多保存 50 个筛选条件，请先删除不再使用的' });
    const english = await signedIn(app.baseUrl, 'cadre1', { locale: 'en' });
    expect((await english.request('POST', FILTERS, { name: '第 51 个', query: { box: 'mine' } })).body.error.message).toBe(
      'You can keep at most 50 saved filters; delete one you no longer use first',
    );

    const again = await cadre.request('POST', FILTERS, { name: '逾期', query: { box: 'groups', overdue: '1' } });
    expect(again.body.filter).toMatchObject({ name: '逾期', query: { box: 'groups', overdue: '1' } });
    const listed = (await cadre.request('GET', `${FILTERS}?limit=500`)).body;
    expect(listed.page.total).toBe(50);

    const one = listed.filters.find((filter: { name: string }) => filter.name === '筛选 1');
    expect((await cadre.request('DELETE', `${FILTERS}/${one.id}`)).status).toBe(204);
    expect((await cadre.request('POST', FILTERS, { name: '第 51 个', query: { box: 'mine' } })).status).toBe(201);
  });

  it('are audited when saved and deleted, named in the log by what they were called', async () => {
    const cadre3 = await signedIn(app.baseUrl, 'cadre3');
    const saved = await cadre3.request('POST', FILTERS, { name: '今日逾期', query: { box: 'mine', overdue: '1' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect((await cadre3.request('DELETE', `${FILTERS}/${saved.body.filter.id}`)).status).toBe(204);
    const admin = await signedIn(app.baseUrl, 'admin');
    const log = await admin.request('GET', '/api/audit?action=saved_filter.&limit=100');
    expect(log.status, JSON.stringify(log.body)).toBe(200);
    const mine = log.body.entries.filter((entry: { targetId: string }) => entry.targetId === String(saved.body.filter.id));
    expect(mine.map((entry: { action: string }) => entry.action).sort()).toEqual(['saved_filter.delete', 'saved_filter.save']);
    for (const entry of mine) expect(entry).toMatchObject({ targetType: 'saved_filter', targetName: '今日逾期' });
  });

  it('count each person’s own: another cadre still saves', async () => {
    const other = await signedIn(app.baseUrl, 'cadre2');
    expect((await other.request('POST', FILTERS, { name: '逾期', query: { box: 'mine' } })).status).toBe(201);
  });
});
