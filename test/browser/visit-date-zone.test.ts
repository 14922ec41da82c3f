// A visit's default date is today where the server counts days (FUGONG_TIME_ZONE, Asia/Shanghai here), not on the
// device: a phone whose clock reads 17:41 UTC on 3 December is at 01:41 on 4 December in Shanghai.
import { describe, expect, it } from 'vitest';
import { journeyChromium, signIn, useBrowserJourney } from '../helpers/browser';
import { startSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };

describe.skipIf(!executable)('the visit form in the server zone (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  it('offers the server zone’s date, not the device’s, when the two differ', async () => {
    const { baseUrl, config } = journey.system;
    expect(config.timeZone).toBe('Asia/Shanghai');
    const page = await journey.browser.newPage({ timezoneId: 'UTC' });
    await signIn(page, baseUrl, 'cadre1');
    await page.clock.setFixedTime(new Date('2026-12-03T17:41:00Z'));
    expect(await page.evaluate(() => new Date().toLocaleDateString('en-CA'))).toBe('2026-12-03');
    await page.goto(`${baseUrl}/#/visits`);
    await page.getByRole('button', { name: '记录走访' }).click();
    const date = page.locator('form.rjsf').getByLabel('走访日期');
    await date.waitFor(STEP);
    expect(await date.inputValue()).toBe('2026-12-04');
  });
});
