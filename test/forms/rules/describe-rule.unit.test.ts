// A matched rule row written on the timeline in both languages, with the rung's own title and the SLA in words.
import { describe, expect, it } from 'vitest';
import { ruleLine, slaWords } from '#forms/rules/describe-rule';

const STAGES = { cadre: { 'zh-CN': '包挂干部办理', en: 'Assigned cadre' } };

describe('rule lines', () => {
  it('says the row number, its label and what it does', () => {
    const line = ruleLine({ row: 3, label: { 'zh-CN': '紧急', en: 'Urgent' }, then: { priority: 3, sla: { cadre: '2 hours' } } }, STAGES);
    expect(line).toEqual({
      'zh-CN': '规则 3：紧急 → 定为特急，包挂干部办理时限 2 小时',
      en: 'Rule 3: Urgent → marked critical, Assigned cadre deadline 2 hours',
    });
  });

  it('names the working group and the starting rung in words', () => {
    const line = ruleLine(
      { row: 1, label: { 'zh-CN': '物资', en: 'Materials' }, then: { workingGroupKey: 'materials', startAt: 'cadre' } },
      STAGES,
    );
    expect(line['zh-CN']).toBe('规则 1：物资 → 从「包挂干部办理」开始，由原材料供应组办理');
    expect(line.en).toBe('Rule 1: Materials → starts at "Assigned cadre", handled by Raw material supply');
  });

  it.each([
    ['end-of-day', '当天办结', 'by the end of the day'],
    ['1 working day', '1 个工作日', '1 working day'],
    ['30 min', '30 分钟', '30 minutes'],
    ['2 days', '2 天', '2 days'],
    ['1 hour', '1 小时', '1 hour'],
  ])('writes the SLA %s in words', (sla, zh, en) => {
    expect(slaWords(sla, 'zh-CN')).toBe(zh);
    expect(slaWords(sla, 'en')).toBe(en);
  });
});
