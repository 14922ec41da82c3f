// A case's line in a list speaks its own process's words: a gate check names its worker and says 放行 / 劝返 / 隔离观察,
// a collection's report whether it came on time, a monitored subject whether it is still watched; only a ladder speaks
// the ladder's statuses. A case page says what a signed text's SHA-256 fingerprint stands for, not its digits.
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { caseWords, ownStatusWords, type CaseFacts } from '#forms/present/case-words';
import { fingerprintsInWords } from '#forms/present/fingerprint-words';

const gate = { processType: 'monitoring', params: { entryRules: [], days: 14 } };
const watch = { processType: 'monitoring', params: { subject: { kind: 'worker', nameField: 'fullName' }, days: 7 } };
const collection = { processType: 'collection', params: {} };
const ladder = { processType: 'ladder', params: {} };
// A ladder whose rungs are inspection bodies (P2's readiness inspection).
const inspection = { processType: 'ladder', params: { stages: [{ name: 'town', actor: { body: 'town-inspection' } }] } };
const worker = { name: '张三', residentId: '370102********1870' };

type Row = [string, CaseFacts, Locale, string | null, string];
describe('case words', () => {
  const rows: Row[] = [
    [
      'an admitted worker',
      { process: gate, status: 'settled', data: worker, result: { outcome: 'admitted' } },
      'zh-CN',
      '张三（370102********1870）',
      '放行',
    ],
    [
      'a turned-back worker',
      { process: gate, status: 'rejected', data: worker, result: { outcome: 'turned-back' } },
      'zh-CN',
      '张三（370102********1870）',
      '劝返',
    ],
    [
      'a quarantined worker',
      { process: gate, status: 'received', data: worker, result: { outcome: 'quarantined' } },
      'zh-CN',
      '张三（370102********1870）',
      '隔离观察',
    ],
    [
      'a released worker',
      { process: gate, status: 'settled', data: worker, result: { outcome: 'quarantined', releasedAt: '2026-12-20T00:00:00Z' } },
      'en',
      '张三 (370102********1870)',
      'Released from quarantine',
    ],
    [
      'a turned-back worker, in English',
      { process: gate, status: 'rejected', data: worker, result: { outcome: 'turned-back' } },
      'en',
      '张三 (370102********1870)',
      'Turned back',
    ],
    [
      'a gate check before its outcome is written',
      { process: gate, status: 'submitted', data: worker, result: null },
      'zh-CN',
      '张三（370102********1870）',
      '已提交',
    ],
    ['a watched worker', { process: watch, status: 'received', data: { fullName: '李四' }, result: null }, 'zh-CN', '李四', '观察中'],
    [
      'a watch that ended',
      { process: watch, status: 'settled', data: { fullName: '李四' }, result: { endedAt: '2026-12-20T00:00:00Z' } },
      'en',
      '李四',
      'Monitoring ended',
    ],
    [
      'a report on time',
      { process: collection, status: 'received', data: {}, result: { punctuality: 'on_time' } },
      'zh-CN',
      null,
      '按时提交',
    ],
    ['a late report', { process: collection, status: 'settled', data: {}, result: { punctuality: 'late' } }, 'en', null, 'Submitted late'],
    [
      'a correction',
      { process: collection, status: 'received', data: {}, result: { amends: 'abc', punctuality: 'on_time' } },
      'zh-CN',
      null,
      '已更正',
    ],
    [
      'a rejected difficulty',
      { process: ladder, status: 'rejected', data: { summary: '缺工' }, result: null },
      'zh-CN',
      '缺工',
      '不予受理',
    ],
    ['a failed inspection', { process: inspection, status: 'rejected', data: {}, result: null }, 'zh-CN', null, '不予通过'],
    ['a failed inspection, in English', { process: inspection, status: 'rejected', data: {}, result: null }, 'en', null, 'Not approved'],
    ['an inspection sent back', { process: inspection, status: 'returned', data: {}, result: null }, 'zh-CN', null, '退回整改'],
    [
      'an inspection sent back, in English',
      { process: inspection, status: 'returned', data: {}, result: null },
      'en',
      null,
      'Returned for rework',
    ],
    ['an inspection under way', { process: inspection, status: 'received', data: {}, result: null }, 'zh-CN', null, '已受理'],
    [
      'a difficulty being handled',
      { process: ladder, status: 'received', data: { summary: '缺工' }, result: null },
      'en',
      '缺工',
      'Received',
    ],
    ['a case whose form is gone', { process: null, status: 'settled', data: {}, result: null }, 'zh-CN', null, '已办结'],
  ];
  it.each(rows)('%s', (_, facts, locale, summary, statusText) => {
    expect(caseWords(facts, locale)).toEqual({ summary, statusText });
  });

  it('gives an inspection its words for a pass to the next level, which a difficulty report has none of', () => {
    expect(ownStatusWords(inspection as never, 'zh-CN')).toMatchObject({ escalated: '核查通过，已报送下一级核查' });
    expect(ownStatusWords(inspection as never, 'en')).toMatchObject({ escalated: 'Passed, sent on to the next inspection' });
    expect(ownStatusWords(ladder as never, 'zh-CN')).toEqual({});
  });
});

describe('fingerprints in words', () => {
  const hex = 'ab'.repeat(32);
  const schema: RJSFSchema = {
    type: 'object',
    properties: {
      name: { type: 'string', title: '姓名' },
      commitmentSha256: { type: 'string', title: '所签承诺书的 SHA-256', pattern: '^[0-9a-f]{64}$' },
      noticeSha256: { type: 'string', title: '所领告知书的 SHA-256', pattern: '^[0-9a-f]{64}$' },
      otherSha256: { type: 'string', title: '附件指纹', pattern: '^[0-9a-f]{64}$' },
    },
  };

  it('says what each fingerprint stands for and titles the known ones for a reader', () => {
    const shown = fingerprintsInWords(schema, { name: '张三', commitmentSha256: hex, noticeSha256: hex, otherSha256: hex }, 'zh-CN');
    expect(shown.data).toEqual({
      name: '张三',
      commitmentSha256: '已签署承诺书（签名已存档，可核验）',
      noticeSha256: '已领取告知书（所领文本已存档，可核验）',
      otherSha256: '已存档，可核验',
    });
    const properties = shown.schema.properties as Record<string, RJSFSchema>;
    expect([properties.commitmentSha256!.title, properties.noticeSha256!.title, properties.otherSha256!.title]).toEqual([
      '健康承诺书',
      '进场告知书',
      '附件指纹',
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/SHA-256|[0-9a-f]{8}/);
  });

  it('leaves a check without a signature without one, and a form without fingerprints as it is', () => {
    expect(fingerprintsInWords(schema, { name: '张三' }, 'en').data).toEqual({ name: '张三' });
    const plain: RJSFSchema = { type: 'object', properties: { name: { type: 'string' } } };
    expect(fingerprintsInWords(plain, { name: '张三' }, 'en')).toEqual({ schema: plain, data: { name: '张三' } });
  });
});
