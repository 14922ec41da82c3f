// The email templates list says, per template and language, whether the shipped text (系统默认) or an admin's edit (已修改)
// is in use, in a small pill in a narrow column. At desktop and phone widths, in both languages, each pill's words stay on
// one line: the pill read 系统默 over 认 when its column was narrower than the word.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

/** Each pill's words and the number of lines they are laid out on. */
async function pillLines(page: Page): Promise<{ text: string; lines: number }[]> {
  return page.locator('.template-state').evaluateAll((pills) =>
    pills.map((pill) => {
      const range = document.createRange();
      range.selectNodeContents(pill);
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      return { text: pill.textContent ?? '', lines: tops.size };
    }),
  );
}

describe.skipIf(!executable)('the email templates list (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps each template's state on one line at ${viewport.width} px`, async () => {
      const page = await journey.open('admin', viewport);
      await page.goto(`${journey.system.baseUrl}/#/admin/email-templates`);
      await page.locator('.template-state').first().waitFor(STEP);
      for (const locale of ['zh-CN', 'en'] as const) {
        await switchLanguage(page, locale);
        const pills = await pillLines(page);
        expect(pills.length).toBeGreaterThan(10);
        expect(pills.filter((pill) => pill.lines !== 1)).toEqual([]);
        // For people to read: the list in Chinese at a desk, in English on a phone.
        if ((locale === 'zh-CN') === viewport.width > 600) await screenshot(page, { journey: 'email-templates', page: 'list' });
      }
      await page.close();
    });
  }
});
