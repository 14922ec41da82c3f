// The audit log's time column: at desktop width, in both languages, each entry's time ("2026年12月7日 14:30" /
// "7 Dec 2026, 14:30") stays on one line — it wrapped onto two while the summary column took the room. At phone width the
// table stacks into cards, and the time still reads on one line beside its label.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordAudit } from '#core/stores/audit-store';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

/** Each time cell's text and the number of lines it is laid out on. */
async function timeLines(page: Page): Promise<{ text: string; lines: number }[]> {
  return page.locator('.audit-table__time .data-table__cell').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      return { text: cell.textContent ?? '', lines: tops.size };
    }),
  );
}

describe.skipIf(!executable)('the audit log (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps each entry's time on one line at ${viewport.width} px`, async () => {
      // Entries whose change takes a paragraph: the summary column widens and squeezes the others.
      const long = '联系地址由原登记的城东区建设路一百二十八号综合办公楼三层变更为高新区创新大道九十九号科技园区二期五号楼十二层';
      for (let i = 0; i < 3; i++)
        await recordAudit(journey.system.db, {
          actorId: null,
          actorRole: 'admin',
          action: 'enterprise.update',
          targetType: 'enterprise',
          targetId: '1',
          summary: { note: `${long}（${i}）`, reason: long },
          requestId: null,
        });
      const page = await journey.open('admin', viewport);
      await page.goto(`${journey.system.baseUrl}/#/admin/audit`);
      await page.locator('.audit-table__time').first().waitFor(STEP);
      for (const locale of ['zh-CN', 'en'] as const) {
        await switchLanguage(page, locale);
        await expect
          .poll(async () => (await timeLines(page))[0]?.text ?? '')
          .toMatch(locale === 'en' ? /\d{4}, \d{2}:\d{2}$/ : /日 \d{2}:\d{2}$/);
        const times = await timeLines(page);
        expect(times.length).toBeGreaterThan(0);
        expect(times.filter((time) => time.lines !== 1)).toEqual([]);
      }
      // Nothing is pushed past the right edge of a phone by a time that will not wrap.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
