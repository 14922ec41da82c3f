// The evaluation ranking when its columns do not fit, in a real browser (chromium): in English at desktop width the
// last columns ("Inspections failed", "Objections upheld") lie past the box's right edge. The page must say that the
// table scrolls sideways — a line above it and a shade on the edge while columns remain out of sight — and say
// nothing when everything fits. A scored enterprise (credit points) makes the ranking show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '#scripts/kit/chromium';
import { DESK, journeyChromium, signIn, switchLanguage } from '../helpers/browser';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { screenshot } from '../helpers/screenshots';
import { insertCreditEntry } from '../credit/credit-fixture';

const executable = journeyChromium();
const BOX = '.evaluation-ranking';

/** How far the last column heading's right edge lies past the scrolling box's right edge, in pixels. */
const hiddenPastEdge = async (page: Page) =>
  await page.locator(BOX).evaluate((box) => {
    const last = [...box.querySelectorAll('thead th')].at(-1)!;
    return Math.round(last.getBoundingClientRect().right - box.getBoundingClientRect().right);
  });

describe.skipIf(!executable)('the evaluation ranking says when it scrolls sideways (chromium)', () => {
  let app: BareApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBareApp({ pages: true }), launchBrowser(executable!)]);
    const enterprise = await app.db('users').where({ username: 'ent01' }).first('enterprise_id');
    await insertCreditEntry(app.db, Number(enterprise.enterprise_id));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('tells the headquarters reader in English that more columns lie to the right, until none do', async () => {
    const page = await browser.newPage({ viewport: DESK });
    await signIn(page, app.baseUrl, 'hq');
    await page.goto(`${app.baseUrl}/#/evaluation`);
    await page.locator(`${BOX} th`, { hasText: '已办结困难' }).waitFor();
    // In Chinese the eleven columns fit beside the navigation: no cue.
    expect(await hiddenPastEdge(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('.side-scroll__hint').count()).toBe(0);
    expect(await page.locator('.side-scroll--more').count()).toBe(0);

    await switchLanguage(page, 'en');
    await page.locator(`${BOX} th`, { hasText: 'Difficulties settled' }).waitFor();
    expect(await hiddenPastEdge(page)).toBeGreaterThan(0);
    const hint = page.locator('.side-scroll__hint');
    await hint.waitFor();
    expect(await hint.innerText()).toBe('More columns on the right: scroll the table sideways (or select it and use the arrow keys).');
    // The region names the hint as its description, for a screen reader too.
    expect(await page.locator(BOX).getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    expect(await page.locator('.side-scroll--more').count()).toBe(1);
    await screenshot(page, { journey: 'evaluation-side-scroll', page: 'hq' });

    // Scrolled to its end, the last column shows and the edge's shade goes; the line stays while the table overflows.
    await page.locator(BOX).evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await page.locator('.side-scroll--more').waitFor({ state: 'detached' });
    expect(await hiddenPastEdge(page)).toBeLessThanOrEqual(0);
    expect(await hint.isVisible()).toBe(true);
    await page.close();
  });

  it('says it in Chinese on a narrower window, where the Chinese columns no longer fit', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await signIn(page, app.baseUrl, 'hq');
    await page.goto(`${app.baseUrl}/#/evaluation`);
    await page.locator(`${BOX} th`, { hasText: '已办结困难' }).waitFor();
    expect(await hiddenPastEdge(page)).toBeGreaterThan(0);
    expect(await page.locator('.side-scroll__hint').innerText()).toBe(
      '表格较宽，右侧还有更多列，可左右滑动表格（或选中表格后按方向键）查看。',
    );
    await page.close();
  });
});
