// In a real browser at phone width: the campaign office's contacts (notice 000) on the public notices page, for a
// visitor who is not signed in, and on an enterprise's workspace, in both languages, the phone a link to dial and
// nothing wider than the screen; with none set, the page says so and points to the difficulty report.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, rawKeysOn, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };

/** Whether the page is wider than its screen (a sideways scroll at phone width). */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe.skipIf(!executable)('campaign contacts in a real browser (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it("shows the notice's contacts on the public notices page, without signing in", async () => {
    const page = await journey.browser.newPage({ viewport: PHONE });
    await page.goto(`${journey.system.baseUrl}/#/notices`);
    await page.getByRole('heading', { name: '联系方式' }).waitFor(STEP);
    const section = page.locator('section', { has: page.getByRole('heading', { name: '联系方式' }) });
    await expect.poll(() => section.innerText()).toContain('建筑市场监管科 吕晓雪、庄彩云');
    expect(await section.getByRole('link', { name: '66613698' }).getAttribute('href')).toBe('tel:66613698');
    expect(await section.getByRole('link', { name: '66613697' }).count()).toBe(1);
    expect(await section.getByRole('link', { name: 'sjwjzyglc@jn.shandong.cn' }).getAttribute('href')).toBe(
      'mailto:sjwjzyglc@jn.shandong.cn',
    );
    expect(await overflows(page)).toBe(false);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });

  it("shows them on the enterprise's workspace in both languages, and a way forward when none are set", async () => {
    const page = await journey.open('ent01', PHONE);
    await page.getByRole('heading', { name: '联系方式' }).waitFor(STEP);
    const section = page.locator('section', { has: page.getByRole('heading', { name: '联系方式' }) });
    await expect.poll(() => section.innerText()).toMatch(/电话：\s*66613698/);
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Contacts' }).waitFor(STEP);
    const english = page.locator('section', { has: page.getByRole('heading', { name: 'Contacts' }) });
    await expect.poll(() => english.innerText()).toMatch(/Phone:\s*66613697/);
    expect(await overflows(page)).toBe(false);

    const admin = await signedIn(journey.system.baseUrl, 'admin');
    expect((await admin.request('PUT', '/api/settings', { campaignContacts: [] })).status).toBe(200);
    await page.reload();
    await page.getByRole('heading', { name: 'Contacts' }).waitFor(STEP);
    await page.getByText('No contacts have been published yet.', { exact: false }).waitFor(STEP);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });
});
