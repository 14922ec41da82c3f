// Per-recipient preferences: role defaults (email always for cadres, SMS only for urgent kinds), a person's own choices,
// and quiet hours (no SMS 22:00–07:00 unless urgent) that hold a message until they end rather than drop it.
import { describe, expect, it } from 'vitest';
import { effectivePreferences, planDelivery, purposeClassOf, quietUntil, type StoredPreferences } from '#core/notify/notice-preferences';

const TZ = 'Asia/Shanghai';
const NONE: StoredPreferences = { choices: [], quietHours: [] };
// 23:30 and 12:00 on 2026-02-17, Beijing time.
const LATE = Date.parse('2026-02-17T15:30:00.000Z');
const NOON = Date.parse('2026-02-17T04:00:00.000Z');

describe('notification preferences', () => {
  it.each([
    ['cadre', 'email', 'collection-bulletin', NOON, NONE, { send: true, notBefore: null }],
    ['hq', 'sms', 'collection-reminder', NOON, NONE, { send: false, reason: 'opted-out' }],
    ['enterprise', 'sms', 'quarantine-alert', LATE, NONE, { send: true, notBefore: null }],
    [
      'enterprise',
      'sms',
      'collection-reminder',
      LATE,
      { choices: [{ purposeClass: 'reminders', channel: 'sms', enabled: true }], quietHours: [] },
      { send: true, notBefore: '2026-02-17T23:00:00.000Z' },
    ],
    [
      'enterprise',
      'email',
      'case-update',
      NOON,
      { choices: [{ purposeClass: 'case-updates', channel: 'email', enabled: false }], quietHours: [] },
      { send: false, reason: 'opted-out' },
    ],
    [
      'cadre',
      'email',
      'task-assigned',
      NOON,
      { choices: [{ purposeClass: 'tasks', channel: 'email', enabled: false }], quietHours: [] },
      { send: true, notBefore: null },
    ],
    [
      'hq',
      'email',
      'daily-digest',
      LATE,
      { choices: [], quietHours: [{ channel: 'email', hours: { start: '22:00', end: '08:00' } }] },
      { send: true, notBefore: '2026-02-18T00:00:00.000Z' },
    ],
    [
      'enterprise',
      'sms',
      'collection-reminder',
      LATE,
      { choices: [{ purposeClass: 'reminders', channel: 'sms', enabled: true }], quietHours: [{ channel: 'sms', hours: null }] },
      { send: true, notBefore: null },
    ],
    ['enterprise', 'webhook', 'case-update', LATE, NONE, { send: true, notBefore: null }],
  ] as const)('a %s on %s for %s gets the right plan', (role, channel, purpose, now, stored, expected) => {
    expect(planDelivery(role, stored as StoredPreferences, { channel, purpose }, now, TZ)).toEqual(expected);
  });

  it('sends an SMS marked urgent in quiet hours unless the person turned that kind off themselves', () => {
    const notice = { channel: 'sms', purpose: 'collection-reminder', urgent: true };
    expect(planDelivery('enterprise', NONE, notice, LATE, TZ)).toEqual({ send: true, notBefore: null });
    const off: StoredPreferences = { choices: [{ purposeClass: 'reminders', channel: 'sms', enabled: false }], quietHours: [] };
    expect(planDelivery('enterprise', off, notice, LATE, TZ)).toEqual({ send: false, reason: 'opted-out' });
  });

  it('ends quiet hours spanning midnight on the right day, and says nothing outside them', () => {
    const hours = { start: '22:00', end: '07:00' };
    expect(quietUntil(hours, LATE, TZ)).toBe('2026-02-17T23:00:00.000Z');
    expect(quietUntil(hours, Date.parse('2026-02-17T20:00:00.000Z'), TZ)).toBe('2026-02-17T23:00:00.000Z');
    expect(quietUntil(hours, NOON, TZ)).toBeNull();
    expect(quietUntil({ start: '12:00', end: '13:00' }, NOON, TZ)).toBe('2026-02-17T05:00:00.000Z');
  });

  it('turns SMS on for an enterprise user’s reminders by default (the liaison’s overdue text the definition asks for)', () => {
    const { choices } = effectivePreferences('enterprise', NONE);
    expect(choices.filter((c) => c.channel === 'sms' && c.enabled).map((c) => c.purposeClass)).toEqual(['alerts', 'reminders']);
    expect(planDelivery('enterprise', NONE, { channel: 'sms', purpose: 'collection-overdue' }, NOON, TZ)).toEqual({
      send: true,
      notBefore: null,
    });
    // Not urgent: held to the end of the default quiet hours.
    expect(planDelivery('enterprise', NONE, { channel: 'sms', purpose: 'collection-overdue' }, LATE, TZ)).toEqual({
      send: true,
      notBefore: '2026-02-17T23:00:00.000Z',
    });
  });

  it('shows a cadre email as fixed on, SMS on for alerts only, by default', () => {
    const { choices, quietHours } = effectivePreferences('cadre', NONE);
    expect(choices.filter((c) => c.channel === 'email').every((c) => c.enabled && c.locked)).toBe(true);
    expect(choices.filter((c) => c.channel === 'sms' && c.enabled).map((c) => c.purposeClass)).toEqual(['alerts']);
    expect(quietHours).toEqual([
      { channel: 'email', hours: null, byDefault: null },
      { channel: 'sms', hours: { start: '22:00', end: '07:00' }, byDefault: { start: '22:00', end: '07:00' } },
    ]);
    expect(purposeClassOf('quarantine-alert')).toBe('alerts');
    expect(purposeClassOf('submission-received')).toBe('case-updates');
  });
});
