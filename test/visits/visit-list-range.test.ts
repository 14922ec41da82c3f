// GET /api/visits with a period that starts after it ends: an empty list would read as "no visits yet", so the API
// refuses it with 422 at the start date, in the reader's language, as the dashboard and compliance periods do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('the visit list period on %s', (database) => {
  let app: BareApp;

  beforeAll(async () => {
    app = await startBareApp({ database });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a start date after the end date at ?from, in Chinese and in English', async () => {
    const hq = await signedIn(app.baseUrl, 'hq');
    const zh = await hq.request('GET', '/api/visits?from=2026-03-02&to=2026-03-01');
    expect(zh.status).toBe(422);
    expect(zh.body.error).toMatchObject({
      code: 'invalid_range',
      message: '开始日期不能晚于结束日期',
      details: [{ path: '?from', message: '开始日期不能晚于结束日期' }],
    });
    hq.locale = 'en';
    const en = await hq.request('GET', '/api/visits?from=2026-03-02&to=2026-03-01');
    expect(en.status).toBe(422);
    expect(en.body.error.details).toEqual([{ path: '?from', message: 'The start date must not be after the end date' }]);
  });

  it('lists a one-day period, and a period open at either end', async () => {
    const cadre = await signedIn(app.baseUrl, 'cadre1');
    for (const query of ['from=2026-03-01&to=2026-03-01', 'from=2026-03-02', 'to=2026-03-01']) {
      const answer = await cadre.request('GET', `/api/visits?${query}`);
      expect(answer.status, query).toBe(200);
      expect(Array.isArray(answer.body.visits)).toBe(true);
    }
  });
});
