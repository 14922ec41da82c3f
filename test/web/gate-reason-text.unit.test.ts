// The reasons under a gate decision (web/app/src/pages/gate/gate-reason-text.ts): a reading is said beside the rule's
// limit, never the limit alone as if measured, each value held to its unit by a no-break space (a phone does not split
// "37.3" from "°C"); any other rule reads as words in the reader's language, never `field op value`.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GateReason } from '#web/app/src/api/gate-api';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { gateZhCn } from '#web/app/src/i18n/messages/gate-messages';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
import { gateReasonText } from '#web/app/src/pages/gate/gate-reason-text';

const tOf = (locale: 'zh-CN' | 'en') => (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
const fever: GateReason = { field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' };

describe('the reasons under a gate decision', () => {
  beforeAll(async () => {
    addZhCnMessages(gateZhCn);
    await loadDictionary('en');
  });

  it.each<[string, 'zh-CN' | 'en', GateReason, Record<string, unknown>, string]>([
    ['zh-CN', 'zh-CN', fever, { temperature: 37.8 }, '体温 37.8\u00a0℃（达到 37.3\u00a0℃ 即需隔离观察）'],
    ['en', 'en', fever, { temperature: 37.8 }, 'Temperature 37.8\u00a0°C (37.3\u00a0°C or more means quarantine)'],
    ['a rule above a limit', 'zh-CN', { ...fever, op: '>' }, { temperature: 38 }, '体温 38\u00a0℃（高于 37.3\u00a0℃ 即需隔离观察）'],
    [
      'a limit that turns back',
      'en',
      { ...fever, value: 39, then: 'turn-back' },
      { temperature: 39.2 },
      'Temperature 39.2\u00a0°C (39\u00a0°C or more means turning back)',
    ],
  ])('says the reading and the limit apart (%s)', (_, locale, reason, facts, words) => {
    expect(gateReasonText(tOf(locale), reason, facts)).toBe(words);
  });

  it('says the rule alone, not as a reading, when the reading is not known', () => {
    expect(gateReasonText(tOf('zh-CN'), fever)).toBe('体温达到 37.3\u00a0℃');
    expect(gateReasonText(tOf('en'), fever)).toBe('Temperature 37.3\u00a0°C or more');
  });

  it.each<['zh-CN' | 'en', GateReason, string]>([
    ['zh-CN', { field: 'certificate', op: '==', value: 'none', then: 'turn-back' }, '无有效健康证明或通行证'],
    ['en', { field: 'commitmentSigned', op: '==', value: false, then: 'turn-back' }, 'the current health commitment was not signed'],
    ['zh-CN', { field: 'riskFlag', op: '==', value: true, then: 'quarantine' }, '来自风险地区或有接触史'],
  ])('keeps the plain sentence of a fact that says it all (%s)', (locale, reason, words) => {
    expect(gateReasonText(tOf(locale), reason, { temperature: 36.5 })).toBe(words);
  });

  it.each<['zh-CN' | 'en', GateReason, string]>([
    ['zh-CN', { field: 'channel', op: '==', value: 'freight', then: 'quarantine' }, '通道为货车通道'],
    ['en', { field: 'channel', op: '!=', value: 'people', then: 'quarantine' }, 'Channel is not People'],
    ['zh-CN', { field: 'certificate', op: '==', value: 'pass', then: 'quarantine' }, '健康证明或通行证为通行证有效'],
    ['en', { field: 'riskFlag', op: '==', value: false, then: 'quarantine' }, 'From a risk area or a close contact is no'],
    ['zh-CN', { field: 'temperature', op: '<', value: 35, then: 'quarantine' }, '体温低于 35\u00a0℃'],
  ])('words any other rule by the field’s title, the comparison and the value (%s)', (locale, reason, words) => {
    expect(gateReasonText(tOf(locale), reason)).toBe(words);
  });

  it('names a field it has no title for as the rule does, with the comparison still in words', () => {
    expect(gateReasonText(tOf('zh-CN'), { field: 'age', op: '>=', value: 60, then: 'quarantine' }, { age: 63 })).toBe(
      'age 63（达到 60 即需隔离观察）',
    );
  });
});
