// The gate's rules, as the shipped gate-check definition holds them, applied to the cases a gate officer meets.
import { describe, expect, it } from 'vitest';
import { decideAtGate, feverReason } from '#core/domain/gate-rules';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { checkInSlots, quarantineDay } from '#core/domain/quarantine-schedule';
import { commitmentHash, gateFacts } from '#core/gate/record-gate-check';
import { readShippedForms } from '#forms/shipped-forms';

const params = readShippedForms().find((form) => form.key === 'gate-check')!.process.params as unknown as MonitoringParams;
const signed = { signature: 'upload:6f1c1b2a-1111-4222-8333-444455556666', commitmentSha256: commitmentHash(params.commitment['zh-CN']) };
const check = (data: Record<string, unknown>) =>
  decideAtGate(
    params.entryRules,
    gateFacts({ certificate: 'health-certificate', temperature: 36.5, riskFlag: false, ...signed, ...data }, params),
  );

describe('gate rules (shipped gate-check definition)', () => {
  it.each([
    ['a valid health certificate, 36.5 °C, no risk', {}, 'admitted'],
    ['an entry pass instead of a certificate', { certificate: 'pass' }, 'admitted'],
    ['36.2 °C, signed in English', { temperature: 36.2, commitmentSha256: commitmentHash(params.commitment.en) }, 'admitted'],
    ['37.2 °C, just under the threshold', { temperature: 37.2 }, 'admitted'],
    ['37.3 °C, at the threshold', { temperature: 37.3 }, 'quarantined'],
    ['38.5 °C', { temperature: 38.5 }, 'quarantined'],
    ['a risk flag at a normal temperature', { riskFlag: true }, 'quarantined'],
    [
      'no valid certificate',
      { certificate: 'none', temperature: undefined, signature: undefined, commitmentSha256: undefined },
      'turned-back',
    ],
    ['no valid certificate, even with a fever', { certificate: 'none', temperature: 38.9 }, 'turned-back'],
    ['no valid certificate and a risk flag', { certificate: 'none', riskFlag: true }, 'turned-back'],
    ['a commitment signed against an old text', { commitmentSha256: commitmentHash('旧版承诺书') }, 'turned-back'],
    ['no signature on the commitment', { signature: undefined }, 'turned-back'],
  ])('%s → %s', (_case, data, outcome) => {
    expect(check(data).outcome).toBe(outcome);
  });

  it('names the rules that decided, so the officer can tell the worker why', () => {
    expect(check({ temperature: 38, riskFlag: true }).reasons.map((r) => r.field)).toEqual(['temperature', 'riskFlag']);
    expect(check({ certificate: 'none', temperature: 36.6 }).reasons.map((r) => r.field)).toEqual(['certificate']);
    expect(check({}).reasons).toEqual([]);
  });

  it('turns back a worker with a fever and no certificate, and names the fever among the reasons (004: 需要隔离的人员隔离)', () => {
    const decision = check({ certificate: 'none', temperature: 38.6 });
    expect(decision.outcome).toBe('turned-back');
    expect(decision.reasons).toEqual([
      { field: 'certificate', op: '==', value: 'none', then: 'turn-back' },
      { field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' },
    ]);
    expect(feverReason(decision.reasons)).toEqual({ field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' });
    expect(feverReason(check({ certificate: 'none', temperature: 36.6 }).reasons)).toBeUndefined();
  });

  it('reads the threshold from the params, not from code', () => {
    const stricter: MonitoringParams = {
      ...params,
      entryRules: params.entryRules.map((r) => (r.field === 'temperature' ? { ...r, value: 37 } : r)),
    };
    const facts = gateFacts({ certificate: 'pass', temperature: 37.1, riskFlag: false, ...signed }, stricter);
    expect(decideAtGate(stricter.entryRules, facts).outcome).toBe('quarantined');
    expect(check({ temperature: 37.1 }).outcome).toBe('admitted');
  });
});

describe('quarantine schedule', () => {
  it('has 28 check-ins at 08:00 and 16:00 Beijing time over 14 days, whenever the quarantine starts', () => {
    for (const start of ['2026-02-16T02:00:00Z', '2026-02-15T23:30:00Z', '2026-02-16T08:00:00Z']) {
      const end = new Date(Date.parse(start) + 14 * 86_400_000).toISOString();
      const slots = checkInSlots(start, end, params.checkInTimes, 'Asia/Shanghai');
      expect(slots).toHaveLength(28);
      expect(new Set(slots.map((s) => s.slice(11, 16)))).toEqual(new Set(['00:00', '08:00']));
    }
  });

  it('counts day k of N from the start', () => {
    const start = '2026-02-16T02:00:00Z';
    const end = '2026-03-02T02:00:00Z';
    expect(quarantineDay(start, end, Date.parse(start))).toEqual({ day: 1, days: 14 });
    expect(quarantineDay(start, end, Date.parse('2026-02-20T03:00:00Z'))).toEqual({ day: 5, days: 14 });
    expect(quarantineDay(start, end, Date.parse('2026-03-05T00:00:00Z'))).toEqual({ day: 14, days: 14 });
  });
});
