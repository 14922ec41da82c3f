// The working-day calendar marks today as a calendar people use does: its day ringed and labelled 今天 / Today (and named
// "today" to a screen reader, aria-current="date"), in the server's zone, the day deadlines count from; a 今天 button
// brings it into view and focus from any year. It was a year of twelve grids with nothing to say where now is.
import { describe, expect, it } from 'vitest';
import { localDateText } from '#core/domain/local-date-text';
import { localDate } from '#core/domain/zoned-time';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('today on the working-day calendar (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`marks today and goes back to it from another year at ${viewport.width} px`, async () => {
      const today = localDate(Date.now(), journey.system.config.timeZone);
      const page = await journey.open('admin', viewport);
      await page.goto(`${journey.system.baseUrl}/#/admin/calendar`);
      const marked = page.locator('.calendar-day[aria-current="date"]');
      await marked.waitFor(STEP);
      expect(await page.locator('.calendar-day[aria-current="date"]').count()).toBe(1);
      expect(await marked.getAttribute('data-date')).toBe(today);
      expect(await marked.locator('.calendar-day__today').innerText()).toBe('今天');
      const todayButton = page.getByRole('button', { name: `今天：${localDateText(today, 'zh-CN')}` });
      await todayButton.waitFor(STEP);

      await page.getByRole('button', { name: '上一年' }).click();
      await expect.poll(() => page.locator('.calendar-year strong').innerText()).toBe(String(Number(today.slice(0, 4)) - 1));
      expect(await page.locator('.calendar-day[aria-current="date"]').count()).toBe(0);
      await todayButton.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe(today);
      expect(await page.locator('.calendar-year strong').innerText()).toBe(today.slice(0, 4));
      expect(await marked.isVisible()).toBe(true);

      await switchLanguage(page, 'en');
      await expect.poll(() => marked.locator('.calendar-day__today').innerText()).toBe('Today');
      expect(await page.getByRole('button', { name: `Today: ${localDateText(today, 'en')}` }).count()).toBe(1);
      // The day's name for a screen reader says it is today.
      expect(await marked.innerText()).toContain('today,');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
