// The admin's text boxes in a real browser: what an admin writes for people to read (a form's description and the
// guidance an enterprise sees on its card) is typed in the page's own font, as it will be read; what a machine reads
// (the definition's JSON, a pasted CSV) stays in a fixed-width font, where columns and brackets line up.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const MONOSPACE = /monospace/;

/** The font family a text box shows its text in. */
const fontOf = (box: Locator) => box.evaluate((element) => getComputedStyle(element).fontFamily);

describe.skipIf(!executable)('text boxes on the admin pages (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('shows a form’s description and guidance in the page’s font, its JSON and a pasted CSV in a fixed-width one', async () => {
    const page = await journey.open('admin');
    await page.goto(`${journey.system.baseUrl}/#/admin/forms/difficulty-report`);
    const description = page.getByLabel('中文说明');
    await description.waitFor(STEP);
    const pageFont = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
    for (const label of ['中文说明', '英文说明', '填报须知（中文）', '填报须知（英文）']) {
      expect({ label, font: await fontOf(page.getByLabel(label, { exact: true })) }).toEqual({ label, font: pageFont });
    }
    expect(await fontOf(page.getByLabel('规则', { exact: true }))).toMatch(MONOSPACE);

    await page.goto(`${journey.system.baseUrl}/#/admin/import`);
    const csv = page.getByLabel('文件内容');
    await csv.waitFor(STEP);
    expect(await fontOf(csv)).toMatch(MONOSPACE);
    await page.close();
  });
});
