// The by-day tables fold hourly roll-up rows into local days: every UTC hour of the period's local days, and no other.
import { describe, expect, it } from 'vitest';
import { hourDays } from '#core/dashboard/hour-days';

describe('hour days', () => {
  it.each([
    ['Asia/Shanghai', '2026-03-01', '2026-03-02', '2026-02-28T16', '2026-03-02T15'],
    ['UTC', '2026-03-01', '2026-03-01', '2026-03-01T00', '2026-03-01T23'],
    // Berlin leaves winter time on 29 March 2026: that local day has 23 hours.
    ['Europe/Berlin', '2026-03-29', '2026-03-29', '2026-03-28T23', '2026-03-29T21'],
  ])('maps each UTC hour of the local days in %s to its day', (timeZone, from, to, firstHour, lastHour) => {
    const dayOf = hourDays({ from, to, timeZone });
    const hours = [...dayOf.keys()];
    expect(hours[0]).toBe(firstHour);
    expect(hours.at(-1)).toBe(lastHour);
    expect(dayOf.get(firstHour)).toBe(from);
    expect(dayOf.get(lastHour)).toBe(to);
    const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
    expect(hours.length).toBe(timeZone === 'Europe/Berlin' ? 23 : days * 24);
  });

  it('answers a period asked for again with the same map, and a different period with its own', () => {
    const range = { from: '2026-02-01', to: '2026-03-31', timeZone: 'Asia/Shanghai' };
    expect(hourDays({ ...range })).toBe(hourDays(range));
    expect(hourDays({ ...range, to: '2026-03-30' }).size).toBe(hourDays(range).size - 24);
  });
});
