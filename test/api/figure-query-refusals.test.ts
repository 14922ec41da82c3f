// A script pulling the dashboard's figures or the evaluation for a city dashboard is told which parameter is wrong and
// what it takes, with the 422 the API description gives every route's query: a period, a group or a table that names
// nothing was a 400 (a status described for these routes nowhere) or a 404 "no such table", naming neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const GROUPS = 'enterprises, daily-reports, difficulties, gate, visits, processes';

describe('the figures’ query refusals', () => {
  let app: BareApp;
  let hq: HttpSession;

  beforeAll(async () => {
    app = await startBareApp();
    hq = new HttpSession(app.baseUrl, 'en');
    await hq.login('hq', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('asks the CSV export for its group and table by name, listing the keys there are', async () => {
    const noGroup = await hq.request('GET', '/api/dashboard/export.csv');
    expect(noGroup.status).toBe(422);
    expect(noGroup.body.error).toMatchObject({
      code: 'invalid_body',
      details: [{ path: '?group', message: `required; expected one of: ${GROUPS}` }],
    });
    const noTable = await hq.request('GET', '/api/dashboard/export.csv?group=difficulties');
    expect(noTable.status).toBe(422);
    expect(noTable.body.error.details).toEqual([
      { path: '?table', message: 'required; expected one of: by-category, by-rung, by-day, difficulty-records' },
    ]);
    const wrongTable = await hq.request('GET', '/api/dashboard/export.csv?group=difficulties&table=by-site');
    expect(wrongTable.status).toBe(422);
    expect(wrongTable.body.error.details).toEqual([
      { path: '?table', message: 'no such key: by-site; expected one of: by-category, by-rung, by-day, difficulty-records' },
    ]);
    const chosen = await hq.request('GET', '/api/dashboard/export.csv?group=difficulties&table=by-category');
    expect(chosen.status).toBe(200);
  });

  it('names an unknown group at its parameter, in the caller’s language', async () => {
    const english = await hq.request('GET', '/api/dashboard?groups=reports');
    expect(english.status).toBe(422);
    expect(english.body.error.details).toEqual([{ path: '?groups', message: `no such key: reports; expected one of: ${GROUPS}` }]);
    hq.locale = 'zh-CN';
    const chinese = await hq.request('GET', '/api/dashboard/export.xlsx?group=reports');
    hq.locale = 'en';
    expect(chinese.status).toBe(422);
    expect(chinese.body.error).toMatchObject({ message: '提交的内容有误，请按提示修改' });
    expect(chinese.body.error.details).toEqual([{ path: '?group', message: `没有：reports；可选值：${GROUPS.split(', ').join('、')}` }]);
  });

  it('refuses a period at the end that is wrong, on the dashboard and the evaluation alike', async () => {
    for (const path of ['/api/dashboard', '/api/evaluation', '/api/evaluation/export.csv']) {
      const malformed = await hq.request('GET', `${path}?from=2026-13-45`);
      expect(malformed.status, path).toBe(422);
      expect(malformed.body.error.details, path).toEqual([
        { path: '?from', message: 'expected a date as year-month-day, e.g. 2026-12-04' },
      ]);
      const backwards = await hq.request('GET', `${path}?from=2026-03-01&to=2026-02-01`);
      expect(backwards.status, path).toBe(422);
      expect(backwards.body.error, path).toMatchObject({
        code: 'invalid_range',
        details: [{ path: '?from', message: 'The start date must not be after the end date' }],
      });
    }
    const badEnd = await hq.request('GET', '/api/dashboard?to=9999-12-31');
    expect(badEnd.body.error.details).toEqual([{ path: '?to', message: 'expected a date as year-month-day, e.g. 2026-12-04' }]);
    const tooLong = await hq.request('GET', '/api/dashboard?from=2025-01-01&to=2026-06-30');
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.details).toEqual([{ path: '?from', message: 'The period may span at most 366 days' }]);
  });
});
