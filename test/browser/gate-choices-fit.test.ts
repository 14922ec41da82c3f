// The gate check on a 390 px phone, in Chinese and in English: each choice chip holds its words inside its border
// (Construction and Management ran over it in equal grid columns), and the risk checkbox keeps its label on its own line
// beside it (in English the long label went to a line of its own under a lone box).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };

/** Chips whose content is wider than the chip's inside. */
async function overflowingChips(page: Page): Promise<string[]> {
  return page
    .locator('.chip')
    .evaluateAll((chips) => chips.filter((chip) => chip.scrollWidth > chip.clientWidth + 1).map((chip) => chip.textContent ?? ''));
}

/** Whether each checkbox's label starts on the box's line. */
async function labelsBesideBoxes(page: Page): Promise<{ label: string; beside: boolean }[]> {
  return page.locator('.field--check').evaluateAll((fields) =>
    fields.map((field) => {
      const box = field.querySelector('input')!.getBoundingClientRect();
      const label = field.querySelector('label')!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const first = range.getClientRects()[0]!;
      return { label: label.textContent ?? '', beside: first.top < box.bottom && first.left > box.right };
    }),
  );
}

describe.skipIf(!executable)('the gate check at phone width (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('keeps the chips’ words inside them and the risk label beside its box', async () => {
    const page = await journey.open('gate1', PHONE);
    await page.goto(`${journey.system.baseUrl}/#/gate`);
    await page.locator('.chip').first().waitFor(STEP);
    for (const locale of ['zh-CN', 'en'] as const) {
      await switchLanguage(page, locale);
      expect(await page.locator('.chip').count()).toBeGreaterThan(5);
      expect(await overflowingChips(page), locale).toEqual([]);
      const checks = await labelsBesideBoxes(page);
      expect(checks.length, locale).toBeGreaterThan(0);
      expect(
        checks.filter((check) => !check.beside),
        locale,
      ).toEqual([]);
    }
    await page.close();
  });
});
