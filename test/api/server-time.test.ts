// GET /api/time: the server's clock and zone, so a client reads the API's local HH:MM fields correctly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { serverClock } from '#web/server/time/server-clock';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

describe('server clock', () => {
  it.each([
    ['2026-12-04T16:30:00.000Z', 'Asia/Shanghai', '+08:00', '2026-12-05', '00:30'],
    ['2026-12-04T16:30:00.000Z', 'UTC', '+00:00', '2026-12-04', '16:30'],
    ['2026-07-01T12:05:00.000Z', 'America/New_York', '-04:00', '2026-07-01', '08:05'],
    ['2026-12-01T12:05:00.000Z', 'America/New_York', '-05:00', '2026-12-01', '07:05'],
  ])('reads %s in %s as offset %s, local %s %s', (at, zone, offset, date, time) => {
    expect(serverClock(new Date(at), zone)).toEqual({ now: at, timeZone: zone, utcOffset: offset, localDate: date, localTime: time });
  });
});

describe('GET /api/time', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp({ env: { FUGONG_TIME_ZONE: 'Asia/Shanghai' } });
  });
  afterAll(() => app.stop());

  it('answers a signed-in user the server zone and its clock', async () => {
    const session = new HttpSession(app.baseUrl);
    await session.login('cadre1', DEMO_PASSWORD);
    const before = Date.now();
    const answer = await session.request('GET', '/api/time');
    const after = Date.now();
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ timeZone: 'Asia/Shanghai', utcOffset: '+08:00' });
    const now = Date.parse(answer.body.now);
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(after + 1000);
    expect(answer.body).toEqual(serverClock(new Date(answer.body.now), 'Asia/Shanghai'));
  });

  it('refuses a caller who has not signed in', async () => {
    const answer = await new HttpSession(app.baseUrl, 'en').request('GET', '/api/time');
    expect(answer.status).toBe(401);
    expect(answer.body.error.message).toBe('Please sign in first');
  });
});
