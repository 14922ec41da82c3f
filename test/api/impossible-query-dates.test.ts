// Date and instant filters of the lists read the calendar, not only the digits: 2026-02-31 (which Date reads as
// 3 March) is refused 422 at its parameter in the reader's language, as a well-formed real date is answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

const LISTS: [string, string][] = [
  ['/api/audit?from=2026-02-31', '?from'],
  ['/api/audit?to=2026-02-29T08:00:00Z', '?to'],
  ['/api/audit/export.csv?from=2026-04-31', '?from'],
  ['/api/submissions?since=2026-02-30', '?since'],
  ['/api/submissions?until=2026-06-31T00:00:00%2B08:00', '?until'],
  ['/api/tasks?dueBefore=2026-02-31T17:00Z', '?dueBefore'],
  ['/api/outbox?since=2026-11-31', '?since'],
  ['/api/outbox?until=2026-09-31', '?until'],
  ['/api/collections/compliance?from=2026-02-29&to=2026-03-01', '?from'],
  ['/api/collections/compliance?to=2026-02-31', '?to'],
];

describe('impossible dates in list filters', () => {
  let app: BareApp;
  let admin: HttpSession;

  beforeAll(async () => {
    app = await startBareApp();
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(() => app.stop());

  it.each(LISTS)('refuses %s at its parameter, in zh-CN and English', async (path, parameter) => {
    const zh = await admin.request('GET', path);
    expect(zh.status).toBe(422);
    expect(zh.body.error.code).toBe('invalid_body');
    expect(zh.body.error.details).toEqual([{ path: parameter, message: '日历上没有这一天' }]);
    admin.locale = 'en';
    const en = await admin.request('GET', path);
    admin.locale = 'zh-CN';
    expect(en.status).toBe(422);
    expect(en.body.error.details).toEqual([{ path: parameter, message: 'no such date on the calendar' }]);
  });

  it('still answers a real day, a leap day included', async () => {
    for (const path of ['/api/audit?from=2028-02-29', '/api/submissions?since=2026-02-28T23:00:00Z', '/api/outbox?until=2026-12-31']) {
      expect((await admin.request('GET', path)).status, path).toBe(200);
    }
    const grid = await admin.request('GET', '/api/collections/compliance?from=2028-02-28&to=2028-03-01');
    expect(grid.status).toBe(200);
  });
});
