// Wide tables in a real browser (chromium) say when they scroll sideways — a line above the table and a shade on the
// edge while columns remain out of sight — and say nothing when everything fits: the evaluation ranking in English at
// desktop width (its last columns past the box's right edge), the daily-reports grid on a phone (it opens on today, the
// earlier days hidden on the left) and the dashboard's tables of figures on a phone. The reports page with no round in
// its dates says so instead of showing a grid of 无需报送 (for a one-off campaign, without promising a round tomorrow).
// A scored enterprise (credit points) makes the ranking show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '#scripts/kit/chromium';
import { DESK, journeyChromium, signIn, switchLanguage } from '../helpers/browser';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { screenshot } from '../helpers/screenshots';
import { beijingAt, dailyRound } from './work-list-fixtures';
import { insertCreditEntry } from '../credit/credit-fixture';

const executable = journeyChromium();
const BOX = '.evaluation-ranking';
const PHONE = { width: 390, height: 844 };
const GRID = '.compliance-wrap';

/** How far the last column heading's right edge lies past the scrolling box's right edge, in pixels. */
const hiddenPastEdge = async (page: Page) =>
  await page.locator(BOX).evaluate((box) => {
    const last = [...box.querySelectorAll('thead th')].at(-1)!;
    return Math.round(last.getBoundingClientRect().right - box.getBoundingClientRect().right);
  });

describe.skipIf(!executable)('wide tables say when they scroll sideways (chromium)', () => {
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
    await screenshot(page, { journey: 'side-scroll', page: 'evaluation-hq' });

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
  it('says on the daily-reports page that no round falls in the dates, without a grid of 无需报送 under it, in words of its own for a one-off campaign', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await signIn(page, app.baseUrl, 'hq');
    await page.goto(`${app.baseUrl}/#/reports`);
    await page.getByText('所选日期内没有报送轮次。', { exact: false }).waitFor();
    expect(await page.locator('table.compliance').count()).toBe(0);
    expect(await page.locator('main td', { hasText: '无需报送' }).count()).toBe(0);
    expect(await page.getByText('家企业，显示第', { exact: false }).count()).toBe(0);
    await switchLanguage(page, 'en');
    await page.getByText('No round in the chosen dates.', { exact: false }).waitFor();
    expect(await page.locator('table.compliance').count()).toBe(0);
    // A one-off campaign never opens by itself, so its message does not promise a round tomorrow.
    await page.getByLabel('Report form').selectOption({ label: 'Work liaison designation' });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('This one-off campaign has no round in the chosen dates.', { exact: false }).waitFor();
    expect(await page.getByText('look again tomorrow', { exact: false }).count()).toBe(0);
    await switchLanguage(page, 'zh-CN');
    await page.getByText('所选日期内没有这项一次性征集。', { exact: false }).waitFor();
    expect(await page.getByText('请明天再来查看', { exact: false }).count()).toBe(0);
    await page.close();
  });

  it('tells the phone reader of the daily-reports grid, opened on today, that the earlier days lie to the left', async () => {
    await dailyRound(app.db, beijingAt('17:00'), [{ enterpriseId: 1, submittedAt: beijingAt('09:00') }]);
    const page = await browser.newPage({ viewport: PHONE });
    await signIn(page, app.baseUrl, 'hq');
    await page.goto(`${app.baseUrl}/#/reports`);
    await page.locator(`${GRID} th[aria-current="date"]`).waitFor();
    expect(await page.locator(GRID).evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    const hint = page.locator('.side-scroll__hint');
    await hint.getByText('更早的日期在左侧，可左右滑动查看（或选中表格后按方向键）。', { exact: true }).waitFor();
    expect(await page.locator(GRID).getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await screenshot(page, { journey: 'side-scroll', page: 'reports-phone' });
    // Scrolled back to the first day, the line says that the later days now lie to the right.
    await page.locator(GRID).evaluate((box) => box.scrollTo({ left: 0 }));
    await page.getByText('更晚的日期在右侧，可左右滑动查看（或选中表格后按方向键）。').waitFor();
    await switchLanguage(page, 'en');
    await page.locator(`${GRID} th[aria-current="date"]`).waitFor();
    await page.getByText('Earlier days on the left: scroll the table sideways (or select it and use the arrow keys).').waitFor();
    await page.close();
  });

  it('tells the phone reader of the dashboard that a table of figures has more columns on the right', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await signIn(page, app.baseUrl, 'hq');
    await page.goto(`${app.baseUrl}/#/dashboard`);
    const section = page.locator('section.figure-table', { has: page.getByRole('heading', { name: '按企业类型', level: 3 }) });
    await section.getByRole('button', { name: /^显示数据表/ }).click();
    const table = section.locator('.side-scroll__box');
    await table.locator('table').waitFor();
    expect(await table.getAttribute('aria-label')).toBe('按企业类型');
    expect(await table.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeGreaterThan(1);
    expect(await section.locator('.side-scroll__hint').innerText()).toBe(
      '表格较宽，右侧还有更多列，可左右滑动表格（或选中表格后按方向键）查看。',
    );
    expect(await section.locator('.side-scroll--more').count()).toBe(1);
    await screenshot(page, { journey: 'side-scroll', page: 'dashboard-phone' });
    await page.close();
  });
});
