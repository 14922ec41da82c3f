// Emails' plain text reads as a letter (the case update's, and every shipped template's with its sample data): the one paragraph that applies, no runs of blank lines left by
// the ones that do not, and a step named as a step ("已转入“企业服务专班办理”环节", not "转交企业服务专班办理继续办理").
import { describe, expect, it } from 'vitest';
import { sampleDataFor } from '#core/mail/sample-data';
import { createTemplateRenderer } from '#core/mail/template-renderer';

const renderer = createTemplateRenderer('Asia/Shanghai');
const BASE = { recipientName: '张三', formTitle: '困难问题反映', stageTitle: '企业服务专班办理', caseNumber: 'KN-20261205-0001' };
const CASES = {
  escalated: { escalated: true, note: '需协调原材料' },
  returned: { returned: true, note: '请补充合同' },
  resolved: { resolved: true, resolution: '已协调供货', confirmBy: '2026-12-08T16:00:00.000Z' },
  rejected: { rejected: true, note: '不属于复工困难', receivedAt: '2026-12-05T02:00:00.000Z', decidedAt: '2026-12-05T06:00:00.000Z' },
};

describe('case-update email text', () => {
  it.each(Object.entries(CASES))('%s: one paragraph, no blank runs, in both languages', (kind, facts) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { text } = renderer.render('case-update', locale, { ...BASE, ...facts, locale });
      expect(text, `${kind} ${locale}`).not.toMatch(/\n\s*\n\s*\n/);
      expect(text).toContain('KN-20261205-0001');
    }
  });

  it('names the step a case moved on to as a step', () => {
    const zh = renderer.render('case-update', 'zh-CN', { ...BASE, ...CASES.escalated, locale: 'zh-CN' }).text;
    expect(zh).toContain('该事项已转入“企业服务专班办理”环节。说明：需协调原材料');
    expect(zh).not.toContain('继续办理');
    const en = renderer.render('case-update', 'en', { ...BASE, ...CASES.escalated, locale: 'en' }).text;
    expect(en).toContain('The report has moved on to the step "企业服务专班办理". Note: 需协调原材料');
  });

  it('leaves no run of blank lines in any shipped template’s text, with its sample data', () => {
    for (const name of renderer.names()) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const { text } = renderer.render(name, locale, { ...sampleDataFor(name, locale), locale });
        expect(text, `${name} ${locale}`).not.toMatch(/\n\s*\n\s*\n/);
      }
    }
  });
});
