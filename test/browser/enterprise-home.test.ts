// The enterprise home in a real browser: what the enterprise owes today comes before the forms — today's daily report
// (filed at 09:12, or due at 17:00) and a case returned for information, named by its summary and KN- number; the
// form cards are short; two difficulty reports in the list tell apart; whether it may resume, and a clearance a later
// level's fail suspended. zh-CN and en, desktop and phone, axe clean.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { auditPage, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { account, beijingAt, dailyRound, difficultyCase } from './work-list-fixtures';
import { fullPageShot } from '../helpers/screenshots';
import { suspendClearance } from '../helpers/suspended-clearance';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const STEP = { timeout: 30_000 };
const RETURNED = { summary: '塔吊司机 3 人滞留外地，无法返岗', caseNumber: 'KN-20261204-0301' };
const SETTLED = { summary: '工程款拨付滞后，影响材料采购', caseNumber: 'KN-20261203-0302' };

/** The top of an element's box on the page. */
async function top(page: Page, selector: Parameters<Page['getByRole']>, index = 0): Promise<number> {
  return (await page
    .getByRole(...selector)
    .nth(index)
    .boundingBox())!.y;
}

describe.skipIf(!executable)('the enterprise home as a to-do list (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());
  const deadline = beijingAt('17:00');

  it('has a daily round open (ent01 filed at 09:12, ent06 not yet), a returned case and a settled one', async () => {
    const { db } = journey.system;
    const ent01 = (await account(db, 'ent01')).enterpriseId!;
    const ent06 = (await account(db, 'ent06')).enterpriseId!;
    await dailyRound(db, deadline, [
      { enterpriseId: ent01, submittedAt: beijingAt('09:12') },
      { enterpriseId: ent06, submittedAt: null },
    ]);
    await difficultyCase(db, 'ent01', {
      ...RETURNED,
      status: 'returned',
      result: { stage: 'cadre', note: '请补充三人的姓名和所在地' },
      minutesAgo: 30,
    });
    await difficultyCase(db, 'ent01', { ...SETTLED, status: 'settled', minutesAgo: 600 });
    expect(await db('submissions').where({ enterprise_id: ent01 }).count('id as n').first()).toEqual({ n: 2 });
  });

  it("puts today's report and the returned case above the forms, each case named by summary and number", async () => {
    const page = await journey.open('ent01');
    const todo = page.getByRole('region', { name: '今天要办的事' });
    await todo.getByText('今日日报：已提交 09:12').waitFor(STEP);
    const todoText = await todo.innerText();
    expect(todoText).toContain(`需要补充材料：${RETURNED.summary}`);
    expect(todoText).toContain(RETURNED.caseNumber);
    expect(todoText).toContain('办理人说明：请补充三人的姓名和所在地');
    expect(todoText).not.toContain(SETTLED.summary);
    const answer = todo.getByRole('link', { name: `补充材料：${RETURNED.caseNumber}` });
    expect(await answer.getAttribute('href')).toMatch(/^#\/submissions\//);
    expect(await top(page, ['heading', { name: '今天要办的事' }])).toBeLessThan(await top(page, ['heading', { name: '可填写的表单' }]));

    // The cards say what each form is for (the first clause of its guidance), not the rules that run behind it.
    const forms = await page.getByRole('region', { name: '可填写的表单' }).innerText();
    expect(forms).toContain('请在每天 17:00 前报送当天的项目开复工、人员返岗和防疫物资库存情况');
    expect(forms).not.toMatch(/通知第|逾期|综合协调组|指挥部/);

    // Both difficulty reports in the list, each by its own summary and number.
    const list = page.getByRole('table', { name: '我的提交记录' });
    for (const item of [RETURNED, SETTLED]) {
      await list.getByRole('link', { name: `查看 ${item.caseNumber}「${item.summary}」` }).waitFor(STEP);
      expect(await list.innerText()).toContain(item.caseNumber);
    }
    await fullPageShot(page, `${SCREENSHOTS}enterprise-home.png`);
    expect(await auditPage(page, 'enterprise home')).toEqual([]);

    await switchLanguage(page, 'en');
    const english = page.getByRole('region', { name: 'To do today' });
    await english.getByText("Today's daily report: submitted 09:12").waitFor(STEP);
    expect(await english.innerText()).toContain(`Information needed: ${RETURNED.summary}`);
    await page
      .getByRole('table', { name: 'My submissions' })
      .getByRole('link', { name: `Open ${SETTLED.caseNumber} “${SETTLED.summary}”` })
      .waitFor();
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('shows each case’s status in the list as a one-line label, at desk and phone width, in both languages', async () => {
    // A status label squeezed by the table's other columns broke into two or three lines inside its pill (已收 / 到).
    for (const viewport of [undefined, PHONE]) {
      const page = await journey.open('ent01', viewport);
      for (const locale of ['zh-CN', 'en'] as const) {
        await switchLanguage(page, locale);
        const list = page.getByRole('table', { name: locale === 'en' ? 'My submissions' : '我的提交记录' });
        await list.getByRole('row').nth(2).waitFor(STEP);
        const labels = await list.locator('.badge').evaluateAll((badges) =>
          badges.map((badge) => {
            const range = document.createRange();
            range.selectNodeContents(badge);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            return { text: badge.textContent, lines: lines.size };
          }),
        );
        expect(labels.length).toBeGreaterThanOrEqual(2);
        expect(labels.filter((label) => label.lines !== 1)).toEqual([]);
      }
      await switchLanguage(page, 'zh-CN');
      await page.close();
    }
  });

  it('says whether the enterprise may resume: cleared, with the date and the body, or the condition and the form (003)', async () => {
    const { db } = journey.system;
    const users = await db('users')
      .where({ role: 'enterprise' })
      .whereNotNull('enterprise_id')
      .orderBy('username')
      .select('username', 'enterprise_id');
    const clearedIds = new Set((await db('projects').whereNotNull('cleared_at').pluck('enterprise_id')).map(Number));
    const cleared = users.find((u) => clearedIds.has(Number(u.enterprise_id)))!;
    const notYet = users.find((u) => !clearedIds.has(Number(u.enterprise_id)))!;
    let page = await journey.open(cleared.username);
    await page
      .getByRole('region', { name: '今天要办的事' })
      .getByText(/^已准予复工：.+ 经镇（街道）检查组核查通过$/)
      .waitFor(STEP);
    await page.close();
    page = await journey.open(notYet.username, PHONE);
    const todo = page.getByRole('region', { name: '今天要办的事' });
    await todo.getByText('尚未准予复工：须经「镇（街道）检查组核查」确认“四个到位”“八个一”达到要求后，方可复工').waitFor(STEP);
    expect(await todo.innerText()).toContain('尚未提交「复工复产情况摸排及防控条件核查」');
    const fill = todo.getByRole('link', { name: '立即填报「复工复产情况摸排及防控条件核查」' });
    expect(await fill.getAttribute('href')).toBe('#/forms/resumption-readiness');
    expect(await auditPage(page, 'enterprise home (not cleared to resume)')).toEqual([]);
    await switchLanguage(page, 'en');
    await page
      .getByRole('region', { name: 'To do today' })
      .getByText(
        'Not yet cleared to resume: you may resume once “Town/street inspection team” finds the “four in place” and “eight ones” met',
      )
      .waitFor(STEP);
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('says when a later level failed the enterprise: clearance suspended, by whom, and the way back (003)', async () => {
    const { db } = journey.system;
    const user = await db('users').where({ username: 'ent02' }).first('id', 'enterprise_id');
    const failed = await suspendClearance(db, {
      enterpriseId: user.enterprise_id,
      userId: user.id,
      caseNumber: 'FG-20261207-0901',
      note: '隔离留观室被挪作仓库',
    });
    try {
      const page = await journey.open('ent02', PHONE);
      const todo = page.getByRole('region', { name: '今天要办的事' });
      await todo.getByText(/^准予复工已暂停：\d\d:\d\d 复工联合检查组核查不予通过，暂停前已准予的复工不再有效$/).waitFor(STEP);
      expect(await todo.innerText()).toContain(
        '恢复复工：请按核查意见整改后重新提交「复工复产情况摸排及防控条件核查」，经「镇（街道）检查组核查」核查通过后恢复准予复工',
      );
      expect(await todo.innerText()).not.toContain('已准予复工：');
      expect(await todo.getByRole('link', { name: '查看不予通过的理由' }).getAttribute('href')).toBe(
        `#/submissions/${failed.submissionId}`,
      );
      const fill = todo.getByRole('link', { name: '立即填报「复工复产情况摸排及防控条件核查」' });
      expect(await fill.getAttribute('href')).toBe('#/forms/resumption-readiness');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await auditPage(page, 'enterprise home (clearance suspended)')).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}enterprise-home-clearance-suspended.png` });
      await switchLanguage(page, 'en');
      await page
        .getByRole('region', { name: 'To do today' })
        .getByText(/^Clearance to resume suspended: the Joint inspection team failed the inspection \(\d\d:\d\d\)/)
        .waitFor(STEP);
      await switchLanguage(page, 'zh-CN');
      await page.close();
    } finally {
      await failed.restore();
    }
  });

  it('tells an enterprise that has not filed when today’s report is due, first thing on a phone', async () => {
    const page = await journey.open('ent06', PHONE);
    const todo = page.getByRole('region', { name: '今天要办的事' });
    const line = Date.now() < Date.parse(deadline) ? '今日日报：未提交，截止 17:00' : '今日日报：未提交，已过截止时间 17:00，请尽快补报';
    await todo.getByText(line).waitFor(STEP);
    const fill = todo.getByRole('link', { name: '立即填报「项目动态每日报送」' });
    expect(await fill.getAttribute('href')).toBe('#/forms/daily-report');
    const box = (await todo.getByText(line).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await page.screenshot({ path: `${SCREENSHOTS}enterprise-home-phone.png` });
    expect(await auditPage(page, 'enterprise home (phone)')).toEqual([]);
    await page.close();
  });
});
