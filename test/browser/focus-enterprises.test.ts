// Focus enterprises (重点企业, 000 §II.4) in a real browser, in zh-CN and en: the register's "只看重点企业" switch, the
// inbox filter with its chip, and the dashboard's 重点企业 row and its switch narrowing the whole page — axe clean.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { auditPage, journeyChromium, rawKeysOn, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { account, beijingAt, cadreTask, dailyRound, difficultyCase } from './work-list-fixtures';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('focus enterprises (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());
  let focusNames: string[] = [];

  it('has a cadre’s tasks for a focus and an ordinary enterprise, and today’s reports in place', async () => {
    const { db } = journey.system;
    const cadre = await account(db, 'cadre1');
    const mine = await db('cadre_assignments as a')
      .join('enterprises as e', 'e.id', 'a.enterprise_id')
      .join('users as u', 'u.enterprise_id', 'e.id')
      .where({ 'a.cadre_id': cadre.userId })
      .whereNull('a.ended_at')
      .orderBy('e.id')
      .select('e.id', 'e.name', 'e.focus', 'u.username');
    const focus = mine.find((row) => row.focus)!;
    const ordinary = mine.find((row) => !row.focus)!;
    expect([focus, ordinary].every(Boolean)).toBe(true);
    for (const [n, row] of [focus, ordinary].entries()) {
      const submissionId = await difficultyCase(db, row.username, {
        summary: `重点测试 ${n}`,
        caseNumber: `KN-20261204-09${n}1`,
        status: 'received',
      });
      await cadreTask(db, { submissionId, enterpriseId: Number(row.id), assigneeId: cadre.userId, dueInHours: 5 + n });
    }
    const all = await db('enterprises').orderBy('id').select('id', 'name', 'focus');
    focusNames = all.filter((row) => row.focus).map((row) => row.name as string);
    await dailyRound(
      db,
      beijingAt('17:00'),
      all.map((row, i) => ({ enterpriseId: Number(row.id), submittedAt: i % 2 ? beijingAt('09:30') : null })),
    );
  });

  async function tick(page: Page, label: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).check();
  }

  it('lists only focus enterprises on the register when asked', async () => {
    const page = await journey.open('hq');
    await page.goto(`${journey.system.baseUrl}/#/enterprises`);
    await page.getByRole('heading', { name: '企业', exact: false }).first().waitFor(STEP);
    await tick(page, '只看重点企业');
    await page.getByText(`共 ${focusNames.length} 条`).waitFor(STEP);
    const listed = await page.locator('tbody').innerText();
    for (const name of focusNames) expect(listed).toContain(name);
    expect(await auditPage(page, 'enterprises (focus only)')).toEqual([]);
    await switchLanguage(page, 'en');
    await page.getByLabel('Focus enterprises only', { exact: true }).waitFor(STEP);
    expect(await rawKeysOn(page)).toEqual([]);
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('narrows the inbox to focus enterprises, with a chip that says so', async () => {
    const page = await journey.open('cadre1');
    await page.goto(`${journey.system.baseUrl}/#/inbox`);
    await page.getByText('共 2 项待办').waitFor(STEP);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await tick(page, '只看重点企业');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await page.getByText('共 1 项待办').waitFor(STEP);
    expect(await page.getByRole('list', { name: '当前筛选条件' }).innerText()).toContain('重点企业');
    expect(await page.locator('tbody').innerText()).toContain('重点测试 0');
    expect(await auditPage(page, 'inbox (focus)')).toEqual([]);
    await switchLanguage(page, 'en');
    await page.getByText('1 to do', { exact: true }).waitFor(STEP);
    expect(await page.getByRole('list', { name: 'Active filters' }).innerText()).toContain('Focus enterprises');
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('shows a 重点企业 row on the dashboard, and narrows the page to focus enterprises', async () => {
    const page = await journey.open('hq');
    await page.goto(`${journey.system.baseUrl}/#/dashboard`);
    await page.getByRole('heading', { name: '重点企业', level: 2, exact: true }).waitFor(STEP);
    await page.getByText('全市数据。').waitFor(STEP);
    await tick(page, '只看重点企业');
    await page.getByText(`重点企业（${focusNames.length} 家）的数据。`).waitFor(STEP);
    expect(await page.getByRole('heading', { name: '重点企业', level: 2, exact: true }).count()).toBe(0);
    expect(await auditPage(page, 'dashboard (focus)')).toEqual([]);
    await switchLanguage(page, 'en');
    await page.getByText(`Figures of the ${focusNames.length} focus enterprises.`).waitFor(STEP);
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });
});
