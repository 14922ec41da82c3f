// The offline fields every queued item may carry (web/server/offline/offline-item.ts): optional, checked when present
// with messages in both languages, and the device clock judged against the arrival time.
import { describe, expect, it } from 'vitest';
import { CLOCK_AHEAD_MS, isUniqueViolation, itemClock, offlineFieldsOf, withoutOfflineFields } from '#web/server/offline/offline-item';

const ID = '0b9f6c1e-3d2a-4c5b-9e8f-7a6b5c4d3e2f';

describe('offline fields of a body', () => {
  it.each([
    [{}, { clientId: null, deviceTime: null, formVersion: null }],
    [{ clientId: ID.toUpperCase() }, { clientId: ID, deviceTime: null, formVersion: null }],
    [
      { deviceTime: '2026-02-10T08:30:00+08:00', formVersion: 2 },
      { clientId: null, deviceTime: '2026-02-10T08:30:00+08:00', formVersion: 2 },
    ],
    [{ deviceTime: '2026-02-10T00:30:00.123Z' }, { clientId: null, deviceTime: '2026-02-10T00:30:00.123Z', formVersion: null }],
  ])('takes %j', (body, fields) => {
    expect(offlineFieldsOf(body, 'zh-CN')).toEqual(fields);
  });

  it.each([
    [{ clientId: 'a8098c1a-f86e-11da-bd1a-00112444be1e' }, ['/clientId']],
    [{ clientId: 42 }, ['/clientId']],
    [{ deviceTime: '2026-02-10T08:30:00' }, ['/deviceTime']],
    [{ deviceTime: '2026-02-30T08:30:00+08:00x' }, ['/deviceTime']],
    [{ formVersion: 0 }, ['/formVersion']],
    [{ formVersion: 1.5, clientId: 'x', deviceTime: 'today' }, ['/clientId', '/deviceTime', '/formVersion']],
  ])('refuses %j at its paths', (body, paths) => {
    const errors = offlineFieldsOf(body, 'en');
    expect(Array.isArray(errors)).toBe(true);
    expect((errors as { path: string }[]).map((e) => e.path)).toEqual(paths);
  });

  it('words each refusal in Chinese and in English', () => {
    const zh = offlineFieldsOf({ deviceTime: 'x' }, 'zh-CN') as { message: string }[];
    const en = offlineFieldsOf({ deviceTime: 'x' }, 'en') as { message: string }[];
    expect(zh[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en[0]!.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('leaves the route its own body', () => {
    expect(withoutOfflineFields({ clientId: ID, deviceTime: 'x', formVersion: 1, values: { t: 1 } })).toEqual({ values: { t: 1 } });
  });
});

describe('the device clock', () => {
  const arrival = new Date('2026-02-10T08:00:00Z');
  it.each([
    ['made an hour before it arrived', -3_600_000, undefined, false],
    ['a few minutes ahead', CLOCK_AHEAD_MS - 1000, undefined, false],
    ['three days ahead', 3 * 86_400_000, undefined, true],
    ['queued a day', -86_400_000, undefined, false],
    ['queued 60 hours, within the default 72', -60 * 3_600_000, undefined, false],
    ['older than the default 72 hours', -(72 * 3_600_000 + 60_000), undefined, true],
    ['queued 60 hours under a 24-hour limit', -60 * 3_600_000, 24, true],
    ['queued 10 days under a 720-hour limit', -10 * 86_400_000, 720, false],
  ])('%s: skewed %s', (_what, offset, limit, skewed) => {
    const deviceTime = new Date(arrival.getTime() + offset).toISOString();
    expect(itemClock(deviceTime, arrival, limit)).toEqual({ deviceTime, receivedAt: arrival.toISOString(), clockSkewed: skewed });
  });
  it('has nothing to judge online', () => {
    expect(itemClock(null, arrival)).toEqual({ deviceTime: null, receivedAt: arrival.toISOString(), clockSkewed: false });
  });
});

describe('unique violations', () => {
  it.each([
    [{ code: '23505' }, true],
    [{ code: 'SQLITE_CONSTRAINT', message: 'SQLITE_CONSTRAINT: UNIQUE constraint failed: visits.client_id' }, true],
    [{ code: 'SQLITE_CONSTRAINT', message: 'SQLITE_CONSTRAINT: FOREIGN KEY constraint failed' }, false],
    [{ code: '23503' }, false],
    [new Error('timeout'), false],
  ])('%j → %s', (error, expected) => {
    expect(isUniqueViolation(error)).toBe(expected);
  });
});
