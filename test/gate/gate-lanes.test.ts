// 004 "人客货车3个通道、8个环节、3个扫码、两个证件、两项承诺": the lanes are the gate-check definition's params, so what
// each lane asks is data an admin can change, and the entry rules read only the facts of the lane.
import { describe, expect, it } from 'vitest';
import { decideAtGate } from '#core/domain/gate-rules';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { gateFacts } from '#core/gate/record-gate-check';
import { readShippedForms } from '#forms/shipped-forms';
import { laneProblems } from '#web/server/gate/gate-lanes';

const shipped = () =>
  structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!.process.params) as unknown as MonitoringParams;
const FOUR = ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan'];

describe('gate lanes from the params', () => {
  it('ships three lanes, three distinct scans and two commitment texts in both languages', () => {
    const params = shipped();
    expect(params.lanes!.map((lane) => lane.channel)).toEqual(['people', 'passenger-vehicle', 'freight']);
    expect(new Set(params.lanes!.map((lane) => lane.scan.key)).size).toBe(3);
    expect(params.lanes!.map((lane) => lane.vehicle)).toEqual([false, true, true]);
    expect(params.lanes![0]!.steps).toHaveLength(8);
    expect(Object.keys(params.commitment)).toEqual(['zh-CN', 'en']);
    expect(Object.keys(params.notice!)).toEqual(['zh-CN', 'en']);
  });

  it.each([
    ['a supply truck with its four checks and plate', 'freight', { steps: FOUR, vehiclePlate: '豫A3C521' }, []],
    ['a supply truck without its plate', 'freight', { steps: FOUR }, ['/data/vehiclePlate']],
    [
      'a passenger car without its plate',
      'passenger-vehicle',
      { steps: [...FOUR, 'commitment', 'notice', 'separate-lane'] },
      ['/data/vehiclePlate'],
    ],
    ['a walker without the notice step', 'people', { steps: [...FOUR, 'commitment', 'separate-lane'] }, ['/data/steps']],
    ['anyone turned back at the certificate', 'freight', { certificate: 'none', steps: ['certificate'] }, []],
  ])('%s', (_, channel, over, paths) => {
    const data = { channel, certificate: 'pass', ...over };
    expect(laneProblems(shipped(), data, 'zh-CN').map((problem) => problem.path)).toEqual(paths);
  });

  it('follows the params when an admin changes a lane', () => {
    const params = shipped();
    params.lanes![2]!.steps = ['certificate', 'temperature'];
    params.lanes![2]!.vehicle = false;
    expect(laneProblems(params, { channel: 'freight', certificate: 'pass', steps: ['certificate', 'temperature'] }, 'en')).toEqual([]);
    params.lanes![0]!.title = { 'zh-CN': '步行通道', en: 'Walkers' };
    expect(laneProblems(params, { channel: 'people', certificate: 'pass', steps: [] }, 'en')[0]!.message).toMatch(
      /^Walkers also asks for: /,
    );
  });

  it('holds the signed-commitment rule on the lanes that sign it, and leaves it out on the supply-truck lane', () => {
    const params = shipped();
    const unsigned = { certificate: 'pass', temperature: 36.5, riskFlag: false };
    expect(decideAtGate(params.entryRules, gateFacts({ ...unsigned, channel: 'people' }, params))).toMatchObject({
      outcome: 'turned-back',
      reasons: [{ field: 'commitmentSigned' }],
    });
    expect(decideAtGate(params.entryRules, gateFacts({ ...unsigned, channel: 'freight' }, params)).outcome).toBe('admitted');
    // A fever quarantines on every lane, the supply-truck lane too.
    expect(decideAtGate(params.entryRules, gateFacts({ ...unsigned, channel: 'freight', temperature: 37.5 }, params)).outcome).toBe(
      'quarantined',
    );
  });
});
