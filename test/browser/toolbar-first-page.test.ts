// The shared toolbar layout (fields and buttons in a row that wraps, with a gap) applies on a page opened first. It lived
// in the organisation pages' sheet, which loads only with their chunks: HQ signing in and opening the dashboard saw its
// date range with the dates on separate lines and the 查询 / 近 7 天 / 近 30 天 buttons touching.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

/** Each toolbar's display, and the least space between two of its buttons side by side. */
async function toolbars(page: Page): Promise<{ display: string; least: number }[]> {
  return page.locator('.toolbar').evaluateAll((bars) =>
    bars.map((bar) => {
      const boxes = [...bar.querySelectorAll(':scope > button')].map((button) => button.getBoundingClientRect());
      let least = Infinity;
      for (let index = 1; index < boxes.length; index += 1)
        if (Math.abs(boxes[index]!.top - boxes[index - 1]!.top) < 2) least = Math.min(least, boxes[index]!.left - boxes[index - 1]!.right);
      return { display: getComputedStyle(bar).display, least };
    }),
  );
}

describe.skipIf(!executable)('a toolbar on the first page opened (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('lays out the dashboard’s date range as a row with gaps when HQ opens it first', async () => {
    const page = await journey.open('hq');
    await page.goto(`${journey.system.baseUrl}/#/dashboard`);
    await page.locator('form.date-range').waitFor(STEP);
    const bars = await toolbars(page);
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      expect(bar.display).toBe('flex');
      expect(bar.least).toBeGreaterThanOrEqual(4);
    }
    await page.close();
  });
});
