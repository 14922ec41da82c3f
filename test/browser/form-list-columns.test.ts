// The admin's form list in a real browser at desk width: the short columns read on one line. Squeezed by the titles and
// audiences beside them, the 办理中 header stood one character a line and each version read 第 4 / 版. On a narrower window
// in English the actions column passes the box's edge: the page says the list scrolls sideways.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

/** Each cell of `column` (1-based) in the form list, header included, with the number of lines its text takes. */
async function cellLines(page: Page, column: number): Promise<{ text: string; lines: number }[]> {
  return page.locator(`table tr > :nth-child(${column})`).evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return { text: (cell.textContent ?? '').trim(), lines: lines.size };
    }),
  );
}

describe.skipIf(!executable)('the form list’s columns (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('reads each version and the running count, and their headers, on one line in both languages', async () => {
    const page = await journey.open('admin');
    await page.goto(`${journey.system.baseUrl}/#/admin/forms`);
    await page.getByRole('link', { name: '困难问题反映', exact: true }).waitFor(STEP);
    for (const locale of ['zh-CN', 'en'] as const) {
      await switchLanguage(page, locale);
      await page.getByRole('columnheader', { name: locale === 'en' ? 'Running' : '办理中' }).waitFor(STEP);
      for (const column of [3, 6]) {
        const cells = await cellLines(page, column);
        expect(cells.length).toBeGreaterThan(5);
        expect(cells.filter((cell) => cell.lines !== 1)).toEqual([]);
      }
    }
    await page.close();
  });
  it('says the list scrolls sideways in English on a 1024px window, where the actions column passes the edge', async () => {
    const page = await journey.open('admin', { width: 1024, height: 900 });
    await page.goto(`${journey.system.baseUrl}/#/admin/forms`);
    await page.getByRole('link', { name: '困难问题反映', exact: true }).waitFor(STEP);
    // In Chinese the columns fit: no line about scrolling.
    expect(await page.locator('.side-scroll__hint').count()).toBe(0);
    await switchLanguage(page, 'en');
    await page.getByRole('columnheader', { name: 'Actions' }).waitFor(STEP);
    const pastEdge = await page.locator('table.form-list').evaluate((table) => {
      const box = table.parentElement!.getBoundingClientRect();
      return Math.round(table.querySelector('thead th:last-child')!.getBoundingClientRect().right - box.right);
    });
    expect(pastEdge).toBeGreaterThan(0);
    const hint = page.locator('.side-scroll__hint');
    await hint.waitFor(STEP);
    expect(await hint.innerText()).toBe('More columns on the right: scroll the table sideways (or select it and use the arrow keys).');
    expect(await page.getByRole('region', { name: 'Forms' }).getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await page.close();
  });
});
