// An admin who changes the gate check's check-in times (and quarantine days) and publishes no longer leaves guidance
// that says the old ones: the gate officer reads the new times above the form and on its card, in both languages; the
// text itself, copied into the new version, was not touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readShippedForms } from '#forms/shipped-forms';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('guidance that follows the process parameters', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The gate check as gate1 reads it: the form page's guidance and the card's, in `locale`. */
  async function gateReads(locale: 'zh-CN' | 'en') {
    const gate = await signedIn(app.baseUrl, 'gate1', { locale });
    const page = await gate.request('GET', '/api/forms/gate-check');
    expect(page.status).toBe(200);
    const list = await gate.request('GET', '/api/forms?limit=100');
    const card = (list.body.forms as { key: string; guidance: Record<string, string> }[]).find((form) => form.key === 'gate-check')!;
    return { page: page.body.form.guidance[locale] as string, card: card.guidance[locale]! };
  }

  it('tells the gate officer the check-in times the published version sets, in both languages', async () => {
    expect((await gateReads('zh-CN')).page).toContain('隔离观察 14 天，每天 08:00 和 16:00 各登记一次体温');
    expect((await gateReads('en')).page).toContain('14 days of quarantine with temperatures recorded at 08:00 and 16:00 each day');

    const admin = await signedIn(app.baseUrl, 'admin');
    const { version: _version, ...definition } = readShippedForms().find((form) => form.key === 'gate-check')!;
    const params = { ...definition.process.params, days: 10, checkInTimes: ['07:30', '12:00', '17:30'] };
    const draft = await admin.request('PUT', '/api/admin/forms/gate-check/draft', {
      ...definition,
      process: { ...definition.process, params },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    const published = await admin.request('POST', '/api/admin/forms/gate-check/publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    const zh = await gateReads('zh-CN');
    const en = await gateReads('en');
    for (const text of [zh.page, zh.card]) {
      expect(text).toContain('隔离观察 10 天，每天 07:30、12:00 和 17:30 各登记一次体温');
      expect(text).not.toMatch(/08:00|16:00|\{/);
    }
    for (const text of [en.page, en.card]) {
      expect(text).toContain('10 days of quarantine with temperatures recorded at 07:30, 12:00 and 17:30 each day');
      expect(text).not.toMatch(/08:00|16:00|\{/);
    }
  });

  it('refuses a draft whose guidance names a parameter no value fills, at its text, in the admin’s words', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const { version: _version, ...definition } = readShippedForms().find((form) => form.key === 'gate-check')!;
    const guidance = { ...definition.guidance!, 'zh-CN': '每天 {checkInTime} 各登记一次体温。' };
    const draft = await admin.request('PUT', '/api/admin/forms/gate-check/draft', { ...definition, guidance });
    expect(draft.status).toBe(422);
    expect(draft.body.error.details).toEqual([
      { path: '/guidance/zh-CN', message: '{checkInTime} 不是可在文字中显示的流程参数（须为数字、时刻、时限或它们的列表）' },
    ]);
  });
});
