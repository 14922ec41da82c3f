// A gate officer's shift on a phone (390×844) in chromium, against the system as `npm start` runs it: one worker
// admitted, one turned back without a certificate, one quarantined with a fever, and a check-in recorded for the
// quarantined worker in the register. An administrator first moves the check-in times (process parameters, no code)
// so that a check-in is due during the test. Every page is checked in zh-CN and en and with axe-core.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { readShippedForms } from '#forms/shipped-forms';
import { auditPage, signIn, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { installationEnv, startScript } from '#scripts/kit/start-script';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const STEP = { timeout: 45_000 };

/** Beijing time a few minutes from now, as "HH:MM". */
function soonInBeijing(minutes: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + minutes * 60_000),
  );
}

describe.skipIf(!executable)('a gate officer on a phone (chromium)', () => {
  const journey = useBrowserJourney(executable, () => installationEnv().then(startScript));

  // The check-in time a few minutes ahead, so the quarantined worker's first check-in opens during the shift.
  beforeAll(async () => {
    const admin = new HttpSession(journey.system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const gateCheck = structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
    (gateCheck.process.params as { checkInTimes: string[] }).checkInTimes = [soonInBeijing(5)];
    expect((await admin.request('PUT', '/api/admin/forms/gate-check/draft', gateCheck)).status).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/gate-check/publish')).status).toBe(200);
  }, 180_000);

  /** Runs one worker through the gate and returns the outcome shown. */
  async function checkWorker(
    page: Page,
    name: string,
    options: { temperature?: string; noCertificate?: boolean; skipSteps?: boolean },
  ): Promise<void> {
    const next = page.getByRole('button', { name: '检查下一位' });
    if (await next.isVisible()) await next.click();
    else await page.goto(`${journey.system.baseUrl}/#/gate`);
    await page.getByLabel('身份证号').fill(freshResidentId());
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByText('新登记人员，请填写姓名').waitFor();
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('人员通道').check();
    if (options.temperature) await page.getByLabel('体温（℃）').fill(options.temperature);
    // Nothing is answered for the officer: the certificate question starts empty.
    expect(await page.getByLabel('健康证明有效').isChecked()).toBe(false);
    if (options.noCertificate) {
      await page.getByLabel('无有效证明').check();
    } else {
      await page.getByLabel('健康证明有效').check();
      const canvas = page.getByRole('img', { name: /签名板/ });
      await canvas.scrollIntoViewIfNeeded();
      const pad = (await canvas.boundingBox())!;
      await page.mouse.move(pad.x + 20, pad.y + 40);
      await page.mouse.down();
      for (const [dx, dy] of [
        [60, 80],
        [120, 30],
        [180, 90],
        [240, 50],
      ])
        await page.mouse.move(pad.x + dx!, pad.y + dy!);
      await page.mouse.up();
      if (!options.skipSteps) await tickSteps(page);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: '提交检查结果' }).click();
  }

  async function tickSteps(page: Page): Promise<void> {
    for (const step of ['测温', '消毒', '信息登记', '扫码', '领取告知书', '人车分流入场'])
      await page.getByRole('checkbox', { name: new RegExp(`${step}$`) }).check();
  }

  /** True when the element is on screen and not under the sticky submit bar. */
  async function clearOfSubmitBar(page: Page, text: string): Promise<boolean> {
    const box = await page.getByText(text, { exact: true }).first().boundingBox();
    const bar = await page.locator('.gate-submit').boundingBox();
    return box !== null && bar !== null && box.y >= 0 && box.y + box.height <= bar.y;
  }

  it('admits one worker, turns one back, quarantines one and records the quarantined worker’s check-in', async () => {
    const tag = randomUUID().slice(0, 4);
    const page = await journey.browser.newPage(PHONE);
    await signIn(page, journey.system.baseUrl, 'gate1');
    const problems: string[] = [];

    // Nothing measured yet and steps left undone: the errors say so in words, the first one in view and focused.
    await checkWorker(page, `放行${tag}`, { skipSteps: true });
    await page.getByRole('alert').filter({ hasText: '还有 2 处需要处理' }).waitFor(STEP);
    await page.getByText('请完成全部 8 个检查步骤', { exact: true }).first().waitFor();
    expect(await clearOfSubmitBar(page, '请填写「体温（℃）」')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gate-temperature');
    problems.push(...(await auditPage(page, 'gate: errors')));
    await page.screenshot({ path: `${SCREENSHOTS}gate-officer-errors.png` });
    await page.getByLabel('体温（℃）').fill('36.5');
    await tickSteps(page);
    await page.getByRole('button', { name: '提交检查结果' }).click();
    await page.getByText('放行：请从人员通道进场').waitFor(STEP);
    problems.push(...(await auditPage(page, 'gate: admitted')));
    await checkWorker(page, `劝返${tag}`, { temperature: '36.6', noCertificate: true });
    await page.getByText('劝返：无有效证明，不得进场').waitFor(STEP);
    const feverish = `隔离${tag}`;
    await checkWorker(page, feverish, { temperature: '37.8' });
    await page.getByText('隔离：请带至隔离区，观察 14 天').waitFor(STEP);

    await page.goto(`${journey.system.baseUrl}/#/register`);
    const card = page.getByRole('listitem').filter({ hasText: feverish });
    // The quarantine's workflow opens the check-in a moment after the gate decision: refresh until it is due.
    await eventually(
      async () => {
        await page.getByRole('button', { name: '刷新' }).click();
        return card.getByRole('button', { name: '记录体温' }).isVisible();
      },
      Boolean,
      45_000,
    );
    problems.push(...(await auditPage(page, 'register with a check-in due')));
    await card.getByRole('button', { name: '记录体温' }).click();
    await card.getByText('请先测量并填写体温').waitFor();
    await card.getByLabel('体温（℃）').fill('37.1');
    await card.getByRole('button', { name: '记录体温' }).click();
    await page.getByText(`已记录 ${feverish} 的体温`).waitFor(STEP);
    for (const name of [`放行${tag}`, `劝返${tag}`, feverish]) await page.getByText(name).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await fullPageShot(page, `${SCREENSHOTS}gate-officer-shift.png`);
    expect(problems).toEqual([]);
  });
});
