// The inbox in a real browser: on a 390×844 phone the first task is on the first screen; filters stay folded away and
// show what is active as removable chips; saved filters are tabs; the done tab counts what was done and says how each
// task ended, by whom and when; a working-group member and headquarters find their inbox open where their work
// arrives (我的工作组) until they choose another tab — in zh-CN and en, with axe clean.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { auditPage, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { account, cadreTask, difficultyCase, offeredTask } from './work-list-fixtures';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const STEP = { timeout: 30_000 };
const FIRST = '泉城城市建设投资集团有限公司';

describe.skipIf(!executable)('the inbox list (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());
  let cadreName = '';

  async function inbox(page: Page): Promise<void> {
    await page.goto(`${journey.system.baseUrl}/#/inbox`);
    await page.getByRole('heading', { name: '待办', exact: true }).waitFor(STEP);
  }

  it('has the tasks of a cadre in place: three open, two done', async () => {
    const { db } = journey.system;
    const cadre = await account(db, 'cadre1');
    cadreName = cadre.name;
    const ent = async (username: string) => (await account(db, username)).enterpriseId!;
    const open = [
      ['ent01', '二十名返岗工人缺少健康证明，无法进场', 'KN-20261204-0201', 2],
      ['ent02', '钢筋供应中断，工地下周停工', 'KN-20261204-0202', 5],
      ['ent03', '项目部防疫物资不足', 'KN-20261204-0203', 8],
    ] as const;
    for (const [username, summary, caseNumber, hours] of open) {
      const submissionId = await difficultyCase(db, username, { summary, caseNumber, status: 'received' });
      await cadreTask(db, { submissionId, enterpriseId: await ent(username), assigneeId: cadre.userId, dueInHours: hours });
    }
    const settled = await difficultyCase(db, 'ent01', { summary: '塔吊司机滞留外地', caseNumber: 'KN-20261203-0101', status: 'settled' });
    await cadreTask(db, {
      submissionId: settled,
      enterpriseId: await ent('ent01'),
      assigneeId: cadre.userId,
      dueInHours: -20,
      closed: { status: 'done', action: 'resolve', decidedBy: cadre.userId, closedAt: '2026-12-03T02:30:00.000Z' },
    });
    const escalated = await difficultyCase(db, 'ent02', { summary: '水泥断供', caseNumber: 'KN-20261203-0102', status: 'received' });
    await cadreTask(db, {
      submissionId: escalated,
      enterpriseId: await ent('ent02'),
      assigneeId: cadre.userId,
      dueInHours: -20,
      closed: { status: 'done', action: 'escalate', decidedBy: cadre.userId, closedAt: '2026-12-03T06:45:00.000Z' },
    });
    expect(await db('tasks').where({ assignee_user_id: cadre.userId }).count('id as n').first()).toEqual({ n: 5 });
  });

  it('shows the first task on the first screen of a 390×844 phone, filters folded away', async () => {
    const page = await journey.open('cadre1', PHONE);
    await inbox(page);
    const firstRow = page.locator('tbody tr').first();
    await firstRow.getByRole('link', { name: '困难问题反映 · 包挂干部办理' }).waitFor(STEP);
    expect(await firstRow.innerText()).toContain(FIRST);
    // Named by what it is about, so two reports of one enterprise tell apart.
    expect(await firstRow.innerText()).toContain('二十名返岗工人缺少健康证明，无法进场');
    await page.getByText('共 3 项待办').waitFor();
    const box = (await firstRow.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    // Nothing scrolls sideways: the rows are cards, not a table wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const toggle = page.getByRole('button', { name: '筛选', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: '应用筛选' }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}inbox-phone.png` });
    expect(await auditPage(page, 'inbox (phone)')).toEqual([]);
    await page.close();
  });

  it('tells the home card’s most pressing tasks apart by their case, as the inbox rows do', async () => {
    const page = await journey.open('cadre1');
    await page.goto(`${journey.system.baseUrl}/#/`);
    const rows = page.locator('section.inbox-summary').getByRole('listitem').filter({ hasText: '困难问题反映 · 包挂干部办理' });
    await rows.first().waitFor(STEP);
    const zh = await rows.allInnerTexts();
    expect(zh).toHaveLength(3);
    expect(zh[0]).toContain(FIRST);
    expect(zh[0]).toContain('二十名返岗工人缺少健康证明，无法进场');
    expect(zh[0]).toContain('KN-20261204-0201');
    expect(zh[1]).toContain('钢筋供应中断，工地下周停工');
    expect(zh[1]).toContain('KN-20261204-0202');
    await switchLanguage(page, 'en');
    const english = page.locator('section.inbox-summary').getByRole('listitem').filter({ hasText: 'Difficulty report · Cadre' });
    await english.first().waitFor(STEP);
    const en = await english.allInnerTexts();
    expect(en[0]).toContain('二十名返岗工人缺少健康证明，无法进场');
    expect(en[0]).toContain('KN-20261204-0201');
    expect(en[2]).toContain('KN-20261204-0203');
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('folds a filter into a chip that removes it, and keeps a saved filter as a tab', async () => {
    const page = await journey.open('cadre1');
    await inbox(page);
    await page.getByText('共 3 项待办').waitFor(STEP);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.getByLabel('企业', { exact: true }).selectOption({ label: FIRST });
    await page.getByRole('button', { name: '应用筛选' }).click();
    // Applying closes the panel; what is active stays in view as a chip.
    await page.getByText('共 1 项待办').waitFor(STEP);
    expect(await page.getByRole('button', { name: '应用筛选' }).count()).toBe(0);
    const chips = page.getByRole('list', { name: '当前筛选条件' });
    expect(await chips.innerText()).toContain(`企业：${FIRST}`);
    expect(await page.getByRole('button', { name: '筛选（1）' }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await auditPage(page, 'inbox (filtered)')).toEqual([]);

    // Saved under a name, the filter becomes a tab beside the three.
    await page.getByRole('button', { name: '筛选（1）' }).click();
    await page.getByLabel('筛选名称').fill('泉城城投');
    await page.getByRole('button', { name: '保存当前筛选' }).click();
    const savedTab = page.getByRole('group', { name: '待办分类' }).getByRole('button', { name: '泉城城投' });
    await savedTab.waitFor(STEP);
    expect(await savedTab.getAttribute('aria-pressed')).toBe('true');
    await fullPageShot(page, `${SCREENSHOTS}inbox-filtered.png`);

    await page.getByRole('button', { name: `去掉筛选条件「企业：${FIRST}」` }).click();
    await page.getByText('共 3 项待办').waitFor(STEP);
    expect(await page.getByRole('list', { name: '当前筛选条件' }).count()).toBe(0);
    expect(await savedTab.getAttribute('aria-pressed')).toBe('false');
    await savedTab.click();
    await page.getByText('共 1 项待办').waitFor(STEP);
    expect(await page.getByRole('list', { name: '当前筛选条件' }).innerText()).toContain(FIRST);
    await page.close();
  });

  it('counts the done tab as done and says how each task ended, by whom and when', async () => {
    const page = await journey.open('cadre1');
    await inbox(page);
    await page.getByRole('button', { name: '已办理' }).click();
    await page.getByText('我和我所在组已办理的 2 项').waitFor(STEP);
    expect(await page.getByText(/项待办/).count()).toBe(0);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const text = await page.locator('tbody').innerText();
    expect(text).toContain(`已解决：${cadreName}，2026年12月3日 10:30`);
    expect(text).toContain(`已上报：${cadreName}，2026年12月3日 14:45`);
    await fullPageShot(page, `${SCREENSHOTS}inbox-done.png`);
    expect(await auditPage(page, 'inbox (done)')).toEqual([]);

    await switchLanguage(page, 'en');
    await page.getByText('2 handled by me or my groups', { exact: true }).waitFor(STEP);
    const english = await page.locator('tbody').innerText();
    expect(english).toContain(`Resolved by ${cadreName}, 3 Dec 2026, 10:30`);
    expect(english).toContain(`Escalated by ${cadreName}, 3 Dec 2026, 14:45`);
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('opens a working-group member’s and headquarters’ inbox on the group tab, listing what waits there', async () => {
    const { db } = journey.system;
    const waiting = [
      [
        'class-materials',
        'ent04',
        '塔吊配件断供，需协调厂家供货',
        'KN-20261204-0204',
        'special_class',
        '企业服务专班办理',
        'Service class',
      ],
      ['hq', 'ent05', '返岗人员集中隔离场所不足', 'KN-20261204-0205', 'hq', '指挥部协调', 'Headquarters'],
    ] as const;
    for (const [username, enterprise, summary, caseNumber, role, stepZh, stepEn] of waiting) {
      const submissionId = await difficultyCase(db, enterprise, { summary, caseNumber, status: 'received' });
      const enterpriseId = (await account(db, enterprise)).enterpriseId!;
      const title = { 'zh-CN': `困难问题反映 · ${stepZh}`, en: `Difficulty report · ${stepEn}` };
      await offeredTask(db, { submissionId, enterpriseId, role, groupKey: role === 'hq' ? undefined : 'materials', title, dueInHours: 6 });

      const page = await journey.open(username);
      await inbox(page);
      // The first view, before any choice: the group tab, its count and the task, named by what it is about.
      const tabs = page.getByRole('group', { name: '待办分类' });
      expect(await tabs.getByRole('button', { name: '我的工作组' }).getAttribute('aria-pressed')).toBe('true');
      expect(await tabs.getByRole('button', { name: '分配给我' }).getAttribute('aria-pressed')).toBe('false');
      await page.getByText('共 1 项待认领').waitFor(STEP);
      const row = page.getByRole('row').filter({ hasText: summary });
      await row.getByRole('link', { name: title['zh-CN'] }).waitFor(STEP);
      expect(await row.innerText()).toContain(caseNumber);
      expect(await page.locator('tbody tr').count()).toBe(1);
      await fullPageShot(page, `${SCREENSHOTS}inbox-first-view-${role}.png`);
      expect(await auditPage(page, `inbox (first view of ${username})`)).toEqual([]);
      await switchLanguage(page, 'en');
      await page.getByText('1 to claim', { exact: true }).waitFor(STEP);
      expect(await page.getByRole('button', { name: 'My groups' }).getAttribute('aria-pressed')).toBe('true');
      await fullPageShot(page, `${SCREENSHOTS}inbox-first-view-${role}-en.png`);
      await switchLanguage(page, 'zh-CN');

      // A tab the user chose is the one the inbox opens on next time.
      await tabs.getByRole('button', { name: '分配给我' }).click();
      await page.getByText('共 0 项待办').waitFor(STEP);
      await page.reload();
      await page.getByText('共 0 项待办').waitFor(STEP);
      expect(await tabs.getByRole('button', { name: '分配给我' }).getAttribute('aria-pressed')).toBe('true');
      await page.close();
    }
  });

  it('tells a cadre with an empty group tab what happens there', async () => {
    const page = await journey.open('cadre1');
    await inbox(page);
    await page.getByRole('button', { name: '我的工作组' }).click();
    await page.getByText('共 0 项待认领').waitFor(STEP);
    await page.getByText('您所在工作组目前没有待认领的事项。有新事项时，组内成员先认领再办理。').waitFor();
    expect(await auditPage(page, 'inbox (empty group tab)')).toEqual([]);
    await page.close();
  });
});
