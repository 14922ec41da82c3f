// In a real browser against a system with `npm start`'s forms and demo data: the navigation grouped by task (工作 / 数据 / 组织 / 配置)
// shows each role only what it may open, as a sidebar beside a one-line header on a desktop and behind a working menu
// button on a phone; the compliance grid keeps enterprise and cadre in view while the days scroll, with today shown.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { beijingAt, beijingToday, dailyRound } from './work-list-fixtures';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const GROUPS = ['工作', '数据', '组织', '配置'];

/** The sidebar's groups as `group: link, link…` lines, read from the page. */
async function sidebar(page: Page): Promise<Record<string, string[]>> {
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.waitFor(STEP);
  return nav.evaluate((element) => {
    const groups: Record<string, string[]> = {};
    for (const list of element.querySelectorAll('ul[aria-labelledby]')) {
      const label = document.getElementById(list.getAttribute('aria-labelledby')!)!.textContent!.trim();
      groups[label] = [...list.querySelectorAll('a')].map((a) => a.textContent!.trim());
    }
    return groups;
  });
}

describe.skipIf(!executable)('navigation grouped by task in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);
  const { open } = journey;

  it('on a desktop each role finds its pages in a sidebar of task groups beside a one-line header', async () => {
    const admin = await open('admin', DESKTOP);
    const adminNav = await sidebar(admin);
    expect(Object.keys(adminNav)).toEqual(GROUPS);
    expect(adminNav['组织']).toEqual(expect.arrayContaining(['用户', '企业', '项目', '包挂关系', '批量导入']));
    expect(adminNav['配置']).toEqual(expect.arrayContaining(['参数设置', '表单管理', '邮件模板', '我的账号']));
    expect(adminNav['数据']).toEqual(expect.arrayContaining(['数据看板', '每日报送']));
    // The header is one line: no link wraps it; the menu button is for phones only.
    const header = await admin.locator('.app-header__bar').boundingBox();
    expect(header!.height).toBeLessThan(72);
    expect(await admin.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    const nav = await admin.getByRole('navigation', { name: '主导航' }).boundingBox();
    const main = await admin.locator('#main').boundingBox();
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(main!.x + 1);
    await admin.getByRole('link', { name: '表单管理' }).click();
    await admin.waitForURL(/#\/admin\/forms$/);
    // The page changes as a transition (the list's chunk may still be loading): the link is marked once it shows.
    await admin.locator('nav a[aria-current="page"]', { hasText: '表单管理' }).waitFor();
    expect(await admin.getByRole('link', { name: '表单管理' }).getAttribute('aria-current')).toBe('page');
    const problems = await auditPage(admin, 'admin sidebar');
    await admin.screenshot({ path: `${SCREENSHOTS}navigation-admin-desktop.png` });
    await admin.close();

    const cadre = await open('cadre1', DESKTOP);
    const cadreNav = await sidebar(cadre);
    expect(Object.keys(cadreNav)).toEqual(GROUPS);
    expect(cadreNav['工作']).toEqual(['工作台', '待办', '走访记录']);
    expect(cadreNav['组织']).toEqual(['我包挂的企业', '项目', '我的包挂']);
    expect(Object.values(cadreNav).flat()).not.toContain('用户');
    expect(Object.values(cadreNav).flat()).not.toContain('表单管理');
    await cadre.close();

    const enterprise = await open('ent01', DESKTOP);
    const enterpriseNav = await sidebar(enterprise);
    expect(enterpriseNav['组织']).toEqual(['本企业', '本企业项目']);
    expect(Object.values(enterpriseNav).flat()).not.toContain('待办');
    expect(Object.values(enterpriseNav).flat()).not.toContain('每日报送');
    await enterprise.close();
    expect(problems).toEqual([]);
  }, 240_000);

  it('on a phone the menu button opens the same groups, its links work, and it closes after navigating', async () => {
    const cadre = await open('cadre1', PHONE);
    const button = cadre.getByRole('button', { name: '菜单' });
    const nav = cadre.getByRole('navigation', { name: '主导航' });
    await button.waitFor(STEP);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    await button.click();
    await nav.waitFor({ state: 'visible', ...STEP });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(Object.keys(await sidebar(cadre))).toEqual(GROUPS);
    // Focus moves into the menu; Escape closes it and gives focus back to the button.
    expect(await cadre.evaluate(() => document.activeElement?.textContent)).toBe('工作台');
    const problems = await auditPage(cadre, 'phone menu');
    await cadre.screenshot({ path: `${SCREENSHOTS}navigation-phone-menu.png` });
    await cadre.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden', ...STEP });
    expect(await cadre.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBeTruthy();

    // The keyboard opens it too (Enter on the focused button), and following a link closes it.
    await cadre.keyboard.press('Enter');
    await nav.waitFor({ state: 'visible', ...STEP });
    await nav.getByRole('link', { name: '待办' }).click();
    await cadre.waitForURL(/#\/inbox$/);
    await cadre.getByRole('heading', { level: 1 }).waitFor(STEP);
    await nav.waitFor({ state: 'hidden', ...STEP });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await cadre.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('the compliance grid opens with today in view and keeps enterprise and cadre in place while the days scroll', async () => {
    // The grid shows once a round falls in its dates; the worker opens today's only between its opening and deadline.
    const { db } = journey.system;
    if (
      !(await db('collection_rounds')
        .where({ id: `daily-report/${beijingToday()}` })
        .first())
    )
      await dailyRound(db, beijingAt('17:00'), []);
    const hq = await open('hq', DESKTOP);
    await hq.goto(`${journey.system.baseUrl}/#/reports`);
    const grid = hq.getByRole('region', { name: '企业 × 日期的报送情况' });
    await grid.waitFor(STEP);
    const today = grid.locator('th[aria-current="date"]');
    await today.waitFor(STEP);
    expect(await today.innerText()).toContain('今天');
    const box = (await grid.boundingBox())!;
    const todayBox = (await today.boundingBox())!;
    expect(todayBox.x).toBeGreaterThanOrEqual(box.x);
    expect(todayBox.x + todayBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
    const cadreHeader = grid.getByRole('columnheader', { name: '包挂干部' });
    expect((await cadreHeader.boundingBox())!.width).toBeGreaterThan(80);

    // Scrolled to either end, the enterprise and cadre columns stay at the grid's left edge.
    for (const to of [0, 10_000]) {
      const placed = await grid.evaluate((element, left) => {
        element.scrollLeft = left;
        const edge = element.getBoundingClientRect().left;
        const enterprise = element.querySelector('tbody th')!.getBoundingClientRect();
        const cadre = element.querySelector('tbody .compliance__cadre')!.getBoundingClientRect();
        return { scrolled: element.scrollLeft, enterprise: enterprise.left - edge, cadre: cadre.left - enterprise.right };
      }, to);
      expect(Math.abs(placed.enterprise)).toBeLessThan(2);
      expect(Math.abs(placed.cadre)).toBeLessThan(2);
      if (to > 0) expect(placed.scrolled).toBeGreaterThan(0);
    }
    const problems = await auditPage(hq, 'compliance grid');
    await hq.screenshot({ path: `${SCREENSHOTS}compliance-grid.png` });

    // On a phone the enterprise column alone stays put, and today is still in view when the grid opens.
    await hq.setViewportSize(PHONE);
    await hq.reload();
    await today.waitFor(STEP);
    const phoneBox = (await grid.boundingBox())!;
    const phoneToday = (await today.boundingBox())!;
    expect(phoneToday.x).toBeGreaterThanOrEqual(phoneBox.x);
    expect(phoneToday.x + phoneToday.width).toBeLessThanOrEqual(phoneBox.x + phoneBox.width + 1);
    const pinned = await grid.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
      return element.querySelector('tbody th')!.getBoundingClientRect().left - element.getBoundingClientRect().left;
    });
    expect(Math.abs(pinned)).toBeLessThan(2);
    await hq.screenshot({ path: `${SCREENSHOTS}compliance-grid-phone.png` });
    await hq.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
