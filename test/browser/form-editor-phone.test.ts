// The admin's form editor on a 390 px phone: a list's items in the process parameters keep their worded buttons
// (上移 / 下移 / 删除; in English the longer Move up / Move down / Remove) inside the screen, so the page never
// scrolls sideways.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('the form editor on a phone (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('keeps the parameter list’s item buttons on the screen: nothing scrolls sideways', async () => {
    const page = await journey.open('admin', PHONE);
    await page.goto(`${journey.system.baseUrl}/#/admin/forms/difficulty-report`);
    const toolbox = page.locator('#params_stages .array-item-toolbox').first();
    for (const language of ['zh-CN', 'en'] as const) {
      await switchLanguage(page, language);
      await toolbox.waitFor(STEP);
      const box = (await toolbox.boundingBox())!;
      expect({ language, right: box.x + box.width <= PHONE.width }).toEqual({ language, right: true });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ language, scrollWidth }).toEqual({ language, scrollWidth: PHONE.width });
    }
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });
});
