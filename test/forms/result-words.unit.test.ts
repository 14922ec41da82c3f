// Results of processes written in words, per process type and in both languages: no round id, rung name, user id,
// punctuality code or path reaches the reader.
import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { readFileSync } from 'node:fs';
import type { Locale } from '#core/domain/locale';
import type { FormDefinition } from '#forms/form-definition';
import { localizeSchema } from '#forms/form-definition';
import { resultDetails, resultInWords, type ResultFacts } from '#forms/present/result-words';

const definition = (key: string) =>
  JSON.parse(readFileSync(new URL(`../../forms/definitions/${key}.json`, import.meta.url), 'utf8')) as FormDefinition;
const difficulty = definition('difficulty-report');
const gate = definition('gate-check');
const englishGate = localizeSchema(gate.schema as RJSFSchema, gate.i18n?.en);
const params = difficulty.process.params as {
  stages: { name: string; title: Record<Locale, string> }[];
  completion: { schema: RJSFSchema };
};

const AT = '2026-12-04T06:00:00.000Z';

function facts(locale: Locale, processType: string, status: string, result: Record<string, unknown>): ResultFacts {
  return {
    processType,
    status,
    result,
    at: AT,
    locale,
    stageTitle: (name) => params.stages.find((s) => s.name === name)?.title[locale],
    personName: (id) => (id === 7 ? '王建国' : undefined),
    completionSchema: params.completion.schema,
    schema: gate.schema as RJSFSchema,
    timeZone: 'Asia/Shanghai',
  };
}

const SETTLED = {
  status: 'settled',
  stage: 'cadre',
  action: 'resolve',
  decidedBy: 7,
  data: { resolution: '已到现场协调', outcome: 'solved-on-site', department: '', note: '', comment: '' },
  path: [{ stage: 'cadre', outcome: 'resolve' }],
};
const RAW = /decidedBy|stage|roundId|punctuality|on_time|amends|solved-on-site|cadre\b|[0-9a-f]{8}-[0-9a-f]{4}|[{}]/;

describe('results in words', () => {
  it('says how a difficulty report was settled, by whom and when', () => {
    expect(resultInWords(facts('zh-CN', 'ladder', 'settled', SETTLED))).toBe('已办结：现场解决，办理人 王建国，2026年12月4日');
    expect(resultInWords(facts('en', 'ladder', 'settled', SETTLED))).toBe('Settled: resolved on site by 王建国, 4 Dec 2026');
  });

  it('says a rejection with its rung and reason, an expiry, a pending confirmation and a return', () => {
    const rejected = { ...SETTLED, status: 'rejected', stage: 'group', action: 'reject', data: { note: '不属于本专班职责' } };
    expect(resultInWords(facts('zh-CN', 'ladder', 'rejected', rejected))).toBe(
      '不予受理：企业服务专班办理，办理人 王建国，2026年12月4日。理由：不属于本专班职责',
    );
    const expired = { ...SETTLED, action: null, decidedBy: null, stage: 'cadre', data: {} };
    expect(resultInWords(facts('zh-CN', 'ladder', 'expired', expired))).toBe('已超时：包挂干部办理，未在时限内办理，2026年12月4日');
    expect(resultInWords(facts('en', 'ladder', 'expired', { ...expired, stage: 'hq' }))).toBe(
      'Expired: Prevention and control HQ, no decision in time, 4 Dec 2026',
    );
    expect(resultInWords(facts('zh-CN', 'ladder', 'returned', { stage: 'cadre', note: '请补充' }))).toBe(
      '已退回补充：包挂干部办理，请补充材料',
    );
    expect(resultInWords(facts('en', 'ladder', 'returned', { stage: 'cadre', note: '请补充' }))).toBe(
      'Returned for more information (Assigned cadre)',
    );
  });

  // The rung's title names a step ("包挂干部办理"): it never runs into a verb ("包挂干部办理已办理"), and the pending
  // resolution names its decider as the settled one does.
  it('says a resolution waiting for the enterprise’s confirmation with who resolved it, in both languages', () => {
    const resolved = {
      stage: 'cadre',
      resolution: '已到现场协调',
      outcome: 'solved-on-site',
      decidedBy: 7,
      confirmBy: '2026-12-08T06:00:00.000Z',
    };
    expect(resultInWords(facts('zh-CN', 'ladder', 'resolved', resolved))).toBe(
      '已办理：现场解决（包挂干部办理），办理人 王建国，待企业于 2026年12月8日 前确认',
    );
    expect(resultInWords(facts('en', 'ladder', 'resolved', resolved))).toBe(
      'Handled by 王建国: resolved on site (Assigned cadre); the enterprise is to confirm by 8 Dec 2026',
    );
    // Written before the decider was kept: no made-up handler.
    const older = { stage: 'cadre', resolution: '已协调', outcome: 'coordinated', confirmBy: '2026-12-07T06:00:00.000Z' };
    expect(resultInWords(facts('zh-CN', 'ladder', 'resolved', older))).toBe(
      '已办理：协调解决（包挂干部办理），待企业于 2026年12月7日 前确认',
    );
    expect(resultInWords(facts('en', 'ladder', 'resolved', older))).toBe(
      'Handled: resolved by coordination (Assigned cadre); the enterprise is to confirm by 7 Dec 2026',
    );
  });

  it('says an approval of an inspection or a commendation', () => {
    const approved = { ...SETTLED, stage: 'hq', action: 'approve', data: { opinion: '同意' } };
    expect(resultInWords(facts('zh-CN', 'ladder', 'settled', approved))).toBe('已通过：防控指挥部协调，审核人 王建国，2026年12月4日');
  });

  it('says whether a daily report came on time, late or as an amendment', () => {
    const filed = (punctuality: string | null, amends: string | null) => ({
      roundId: '5d0c4c1e-0000-4000-8000-000000000001',
      punctuality,
      amends,
      receivedAt: '2026-12-04T08:20:00.000Z',
    });
    const zh = (r: Record<string, unknown>) => resultInWords(facts('zh-CN', 'collection', 'received', r));
    const en = (r: Record<string, unknown>) => resultInWords(facts('en', 'collection', 'received', r));
    expect(zh(filed('on_time', null))).toBe('按时提交，2026年12月4日');
    expect(zh(filed('late', null))).toBe('逾期提交，2026年12月4日');
    expect(zh(filed('on_time', '5d0c4c1e-0000-4000-8000-000000000002'))).toBe('已更正：替换本期此前提交的报告，2026年12月4日');
    expect(en(filed('late', null))).toBe('Submitted late, 4 Dec 2026');
    expect(en(filed(null, null))).toBe('Received, 4 Dec 2026');
    for (const text of [zh(filed('on_time', 'x')), en(filed('on_time', null))]) expect(text).not.toMatch(RAW);
  });

  it('says a gate check’s outcome with the rule that decided it', () => {
    const base = { reasons: [], releasedAt: null, endsAt: null, checkIns: 0, missed: 0, changes: [] };
    expect(resultInWords(facts('zh-CN', 'monitoring', 'settled', { ...base, outcome: 'admitted' }))).toBe('准予进场，2026年12月4日');
    const fever = {
      ...base,
      outcome: 'quarantined',
      endsAt: '2026-12-18T00:00:00.000Z',
      reasons: [{ field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' }],
    };
    expect(resultInWords(facts('zh-CN', 'monitoring', 'received', fever))).toMatch(
      /^隔离观察中（.+ 不低于 37\.3），预计 2026年12月18日 08:00 解除$/,
    );
    const released = { ...fever, releasedAt: '2026-12-18T00:00:00.000Z', checkIns: 27, missed: 1 };
    expect(resultInWords(facts('en', 'monitoring', 'settled', released))).toBe(
      'Released from quarantine on 18 Dec 2026; 27 check-ins, 1 missed',
    );
    const back = { ...base, outcome: 'turned-back', reasons: [{ field: 'commitmentSigned', op: '==', value: false, then: 'turn-back' }] };
    expect(resultInWords(facts('en', 'monitoring', 'rejected', back))).toBe('Turned back (Health commitment signed: No), 4 Dec 2026');
  });

  it('leaves out a reason the server masked: neither which field nor its value', () => {
    const masked = (word: string) => ({
      outcome: 'quarantined',
      endsAt: '2026-12-19T00:00:00.000Z',
      reasons: [{ field: 'temperature', value: word, then: 'quarantine' }],
    });
    expect(resultInWords(facts('zh-CN', 'monitoring', 'received', masked('（健康信息已隐藏）')))).toBe(
      '隔离观察中，预计 2026年12月19日 08:00 解除',
    );
    const english = { ...facts('en', 'monitoring', 'received', masked('(health data hidden)')), schema: englishGate };
    expect(resultInWords(english)).toBe('In quarantine until 19 Dec 2026, 08:00');
  });

  it('states a monitoring period’s end as the register does: local 24:00 of the day before, not the next day', () => {
    // 2026-12-11 00:00 in Shanghai: the period ends with 10 December.
    const watched = { startedAt: '2026-12-03T01:00:00.000Z', endsAt: '2026-12-10T16:00:00.000Z' };
    expect(resultInWords(facts('zh-CN', 'monitoring', 'received', watched))).toBe('观察中，至 2026年12月10日 24:00 结束');
    expect(resultInWords(facts('en', 'monitoring', 'received', watched))).toBe('Being monitored until 10 Dec 2026, end of day');
    // An end moved to a time of day reads with it; the zone is the server's, not a fixed one.
    const moved = { ...watched, endsAt: '2026-12-12T06:30:00.000Z' };
    expect(resultInWords(facts('zh-CN', 'monitoring', 'received', moved))).toBe('观察中，至 2026年12月12日 14:30 结束');
    const utc = { ...facts('en', 'monitoring', 'received', { ...watched, endsAt: '2026-12-11T00:00:00.000Z' }), timeZone: 'UTC' };
    expect(resultInWords(utc)).toBe('Being monitored until 10 Dec 2026, end of day');
  });

  it('says a plain receipt, and nothing while a case has no result', () => {
    expect(resultInWords(facts('zh-CN', 'receipt', 'settled', { receivedAt: AT, settledAt: AT }))).toBe('已受理，2026年12月4日');
    expect(resultInWords({ ...facts('zh-CN', 'ladder', 'received', {}), result: null })).toBeNull();
  });

  it('lists only the decision data worth reading under the sentence', () => {
    expect(resultDetails(SETTLED)).toEqual({ resolution: '已到现场协调' });
    expect(resultDetails({ roundId: 'x', punctuality: 'on_time', amends: null, receivedAt: AT })).toEqual({});
  });
});
