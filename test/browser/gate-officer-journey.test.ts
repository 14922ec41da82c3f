// A gate officer's shift on a phone (390×844) in chromium, against a system with `npm start`'s forms and demo data: one worker
// admitted, one turned back without a certificate, one quarantined with a fever, and a check-in recorded for the
// quarantined worker in the register, whose end the officer moves to a midnight (read as the day before's 24:00).
// The submit button says beside it what is still missing and waits, disabled, until nothing is (the worker's ID and
// name as much as the signature); what only the server checks comes back at its field, in view and focused. Typing the
// quarantined worker's ID again tells the officer
// at once that the worker is in quarantine until that end. An administrator first moves the check-in times (process
// parameters, no code) so that a check-in is due during the test. When the site's enterprise is not, or no longer,
// cleared to resume (003), the answer tells the officer so beside the decision, which stays the rules'. Every page is checked in zh-CN and en and with axe-core.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { readShippedForms } from '#forms/shipped-forms';
import { auditPage, signIn, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { fullPageShot } from '../helpers/screenshots';
import { drawSignature } from '../helpers/signature-pad';

const executable = journeyChromium();
// The phone reads the time where the site is: the end-date field is a local date and time.
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'Asia/Shanghai' };
const STEP = { timeout: 45_000 };

/** Beijing time a few minutes from now, as "HH:MM". */
function soonInBeijing(minutes: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + minutes * 60_000),
  );
}

describe.skipIf(!executable)('a gate officer on a phone (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);

  // The check-in time a few minutes ahead, so the quarantined worker's first check-in opens during the shift.
  beforeAll(async () => {
    const admin = new HttpSession(journey.system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const gateCheck = structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
    (gateCheck.process.params as { checkInTimes: string[] }).checkInTimes = [soonInBeijing(5)];
    expect((await admin.request('PUT', '/api/admin/forms/gate-check/draft', gateCheck)).status).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/gate-check/publish')).status).toBe(200);
  }, 180_000);

  /** The hint beside the submit button, and the button. */
  const submitBar = (page: Page) => ({
    hint: page.locator('.gate-submit__hint'),
    button: page.getByRole('button', { name: '提交检查结果' }),
  });

  /**
   * Runs one worker through the gate and submits; returns the resident ID used. `signLast` ticks the steps before the
   * signature, so the button waits for the signature alone and says so beside it.
   */
  async function checkWorker(
    page: Page,
    name: string,
    options: { temperature?: string; noCertificate?: boolean; signLast?: boolean },
  ): Promise<string> {
    const next = page.getByRole('button', { name: '检查下一位' });
    if (await next.isVisible()) await next.click();
    else await page.goto(`${journey.system.baseUrl}/#/gate`);
    const residentId = freshResidentId();
    // A complete, valid ID is looked up at once, without the 查找 button.
    await page.getByLabel('身份证号').fill(residentId);
    await page.getByText('新登记人员，请填写姓名').waitFor();
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('人员通道').check();
    // Nothing routes the worker for the officer either: the zone starts empty and is picked for each worker.
    if (!options.noCertificate) await page.getByLabel('施工区').check();
    if (options.temperature) await page.getByLabel('体温（℃）').fill(options.temperature);
    // Nothing is answered for the officer: the certificate question starts empty.
    expect(await page.getByLabel('健康证明有效').isChecked()).toBe(false);
    if (options.noCertificate) {
      await page.getByLabel('无有效证明').check();
    } else if (options.signLast) {
      await page.getByLabel('健康证明有效').check();
      await tickSteps(page);
      await expectWaitingFor(page, { zh: '请先签名', en: 'Sign first' }, 'gate-officer-sign-first');
      await drawSignature(page);
      const { hint, button } = submitBar(page);
      await hint.waitFor({ state: 'detached' });
      expect(await button.isEnabled()).toBe(true);
    } else {
      await page.getByLabel('健康证明有效').check();
      await drawSignature(page);
      await tickSteps(page);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: '提交检查结果' }).click();
    return residentId;
  }

  /** The disabled button says, right beside it and in each language, what it waits for; kept as `shot`(-en).png. */
  async function expectWaitingFor(page: Page, words: { zh: string; en: string }, shot: string): Promise<void> {
    const { hint, button } = submitBar(page);
    await button.scrollIntoViewIfNeeded();
    expect(await button.isDisabled()).toBe(true);
    expect(await hint.innerText()).toBe(words.zh);
    expect(await button.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    // Beside the button: just above it in the bar that stays at the bottom of the screen, both in view.
    const [hintBox, buttonBox] = [(await hint.boundingBox())!, (await button.boundingBox())!];
    expect(buttonBox.y - (hintBox.y + hintBox.height)).toBeGreaterThanOrEqual(0);
    expect(buttonBox.y - (hintBox.y + hintBox.height)).toBeLessThan(24);
    expect(buttonBox.y + buttonBox.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: `${SCREENSHOTS}${shot}.png` });
    await switchLanguage(page, 'en');
    await hint.getByText(words.en, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Submit the check' }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}${shot}-en.png` });
    await switchLanguage(page, 'zh-CN');
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

  it('admits one worker, turns one back, quarantines one, records the check-in and moves the end; the worker’s ID then says so at once', async () => {
    const tag = randomUUID().slice(0, 4);
    const page = await journey.browser.newPage(PHONE);
    await signIn(page, journey.system.baseUrl, 'gate1');
    const problems: string[] = [];

    // Before anything is answered, the bar lists what is left and the button waits for all of it. Everything done but
    // the worker, it waits for the resident ID and the name as it waits for a signature, saying so in each language.
    await page.goto(`${journey.system.baseUrl}/#/gate`);
    const { hint, button } = submitBar(page);
    expect(await hint.innerText()).toBe(
      '还需：填写身份证号、填写姓名、选择通道、查验证明、测体温、选择进场后所在区域、签名、完成其余 6 项检查',
    );
    expect(await button.isDisabled()).toBe(true);
    await page.getByLabel('人员通道').check();
    await page.getByLabel('施工区').check();
    await page.getByLabel('体温（℃）').fill('36.5');
    await page.getByLabel('健康证明有效').check();
    await drawSignature(page);
    await tickSteps(page);
    await expectWaitingFor(
      page,
      { zh: '还需：填写身份证号、填写姓名', en: 'Still to do: enter the resident ID number, enter the name' },
      'gate-officer-worker-first',
    );
    await page.getByLabel('身份证号').fill(freshResidentId());
    await page.getByText('新登记人员，请填写姓名').waitFor();
    expect(await hint.innerText()).toBe('请先填写姓名');
    expect(await button.isDisabled()).toBe(true);
    await page.getByLabel('姓名').fill(`放行${tag}`);
    // Nothing the phone can tell is missing: the button takes the press, and what only the server checks (the mobile's
    // format) comes back at its field, in words, in view and focused.
    const mobile = page.getByLabel(/^手机号/);
    await mobile.fill('1380013');
    await hint.waitFor({ state: 'detached' });
    await button.click();
    await page.getByRole('alert').filter({ hasText: '还有 1 处需要处理' }).waitFor(STEP);
    expect(await clearOfSubmitBar(page, '请填写11位手机号码')).toBe(true);
    expect(await mobile.evaluate((input) => input === document.activeElement)).toBe(true);
    problems.push(...(await auditPage(page, 'gate: errors')));
    await page.screenshot({ path: `${SCREENSHOTS}gate-officer-errors.png` });
    await mobile.fill('13800138000');
    await button.click();
    await page.getByText('放行：请从人员通道进场').waitFor(STEP);
    problems.push(...(await auditPage(page, 'gate: admitted')));
    await checkWorker(page, `劝返${tag}`, { temperature: '36.6', noCertificate: true });
    await page.getByText('劝返：无有效证明，不得进场').waitFor(STEP);
    const feverish = `隔离${tag}`;
    const feverishId = await checkWorker(page, feverish, { temperature: '37.8', signLast: true });
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

    // The end moved to a midnight is a deadline: it reads as the day before's 24:00, never the next day's 00:00.
    const row = page.locator('.worker-row').filter({ hasText: feverish });
    const before = /(\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}) 期满/.exec(await row.innerText())![1]!;
    const endDay = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const dayBefore = new Date(Date.parse(`${endDay}T00:00:00Z`) - 86_400_000);
    const shownEnd = `${dayBefore.getUTCFullYear()}年${dayBefore.getUTCMonth() + 1}月${dayBefore.getUTCDate()}日 24:00`;
    await row.getByRole('button', { name: '调整期满时间' }).click();
    await row.getByLabel('新的期满时间').fill(`${endDay}T00:00`);
    await row.getByLabel('调整原因（必填）').fill('复查后延长观察');
    await row.getByRole('button', { name: '保存调整' }).click();
    await page.getByText('期满时间已调整').waitFor(STEP);
    const changed = await eventually(
      async () => {
        await page.getByRole('button', { name: '刷新' }).click();
        return row.innerText();
      },
      (text) => text.includes(`${shownEnd} 期满`),
      45_000,
      1_000,
    );
    expect(changed).toContain(`${shownEnd} 期满 · 原定 ${before}`);
    await fullPageShot(page, `${SCREENSHOTS}gate-officer-end-changed.png`);
    problems.push(...(await auditPage(page, 'register with a changed end')));

    // Back at the gate, the same worker's ID tells the officer at once, beside the ID and before any step, that the
    // worker is in quarantine here until that end, and what to do instead — with nothing more about the worker.
    await page.goto(`${journey.system.baseUrl}/#/gate`);
    await page.getByLabel('身份证号').fill(feverishId);
    const warning = page.getByRole('alert').filter({ hasText: '正在本工地隔离观察' });
    await warning.waitFor(STEP);
    const said = await warning.innerText();
    expect(said).toContain(`该人员正在本工地隔离观察，隔离至 ${shownEnd}。`);
    expect(said).toContain('无需再做进场检查：请在工地人员台账中为其记录测温。');
    expect(said).not.toContain(feverishId.slice(-6));
    // Nothing to check or submit for this worker: the notice and its link are all there is, no steps and no button.
    expect(await page.getByText('已完成 0/8 项').count()).toBe(0);
    expect(await page.getByLabel('姓名').count()).toBe(0);
    expect(await submitBar(page).button.count()).toBe(0);
    expect(await warning.getByRole('link', { name: '打开工地人员台账' }).getAttribute('href')).toBe('#/register');
    const idField = (await page.getByLabel('身份证号').boundingBox())!;
    const warningBox = (await warning.boundingBox())!;
    expect(warningBox.y - (idField.y + idField.height)).toBeLessThan(120);
    problems.push(...(await auditPage(page, 'gate: worker in quarantine')));
    await page.screenshot({ path: `${SCREENSHOTS}gate-officer-in-quarantine.png` });
    await switchLanguage(page, 'en');
    await page.getByText(/^This worker is in quarantine at this site until \d{1,2} \w{3} \d{4}, end of day\.$/).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}gate-officer-in-quarantine-en.png` });
    await switchLanguage(page, 'zh-CN');
    // Another worker: the ID empties and the whole check is back, waiting for everything again.
    await warning.getByRole('button', { name: '改查其他人员' }).click();
    expect(await page.getByLabel('身份证号').inputValue()).toBe('');
    await page.getByText('已完成 0/8 项').waitFor();
    expect(await submitBar(page).hint.innerText()).toBe(
      '还需：填写身份证号、填写姓名、选择通道、查验证明、测体温、选择进场后所在区域、签名、完成其余 6 项检查',
    );
    expect(problems).toEqual([]);
  });

  it('records a temperature taken from a worker with no certificate: turned back, the fever named and alerted, not quarantined', async () => {
    const { db } = journey.system;
    const page = await journey.browser.newPage(PHONE);
    await signIn(page, journey.system.baseUrl, 'gate1');
    const since = new Date().toISOString();
    await page.goto(`${journey.system.baseUrl}/#/gate`);
    await page.getByLabel('无有效证明').check();
    // Turned back, the reading is asked for all the same, and not required.
    await page.getByText('已测体温的请照填，发热会向门岗和包挂干部预警').waitFor(STEP);
    await checkWorker(page, `劝返发热${randomUUID().slice(0, 4)}`, { temperature: '38.6', noCertificate: true });
    await page.getByText('劝返：无有效证明，不得进场').waitFor(STEP);
    await page.getByText(/^发热（体温 38\.6\s?℃）：劝返离场，不转入隔离/).waitFor(STEP);
    const stored = await db('gate_checks').where('checked_at', '>=', since).where({ certificate: 'none' }).first('outcome', 'temperature');
    expect(stored).toEqual({ outcome: 'turned-back', temperature: 38.6 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const problems = await auditPage(page, 'gate: turned back with a fever');
    await page.screenshot({ path: `${SCREENSHOTS}gate-officer-turned-back-fever.png` });
    await switchLanguage(page, 'en');
    await page.getByText(/^Fever \(38\.6\s?°C\)/).waitFor(STEP);
    await switchLanguage(page, 'zh-CN');
    expect(problems).toEqual([]);
  });

  it('tells the officer beside the decision when the site’s enterprise is not yet, or no longer, cleared to resume', async () => {
    const { db } = journey.system;
    const site = (await db('users').where({ username: 'gate1' }).first('project_id')).project_id;
    const { enterprise_id: enterpriseId } = await db('projects').where({ id: site }).first('enterprise_id');
    const kept = await db('projects').where({ enterprise_id: enterpriseId }).select('id', 'cleared_at', 'suspended_at');
    const page = await journey.browser.newPage(PHONE);
    await signIn(page, journey.system.baseUrl, 'gate1');
    const notice = page.getByTestId('gate-clearance');
    const problems: string[] = [];
    try {
      await db('projects').where({ enterprise_id: enterpriseId }).update({ cleared_at: null, suspended_at: null });
      await checkWorker(page, `未准予${randomUUID().slice(0, 4)}`, { temperature: '36.5' });
      await page.getByText('放行：请从人员通道进场').waitFor(STEP);
      expect(await notice.innerText()).toBe(
        '注意：该企业尚未准予复工（须经镇（街道）检查组核查通过）。本次检查照常记录，请报告项目负责人和包挂干部',
      );
      problems.push(...(await auditPage(page, 'gate: enterprise not cleared')));
      await page.screenshot({ path: `${SCREENSHOTS}gate-officer-not-cleared.png` });
      await switchLanguage(page, 'en');
      await notice.getByText(/^Note: this enterprise is not yet cleared to resume/).waitFor();
      await switchLanguage(page, 'zh-CN');

      const at = new Date().toISOString();
      await db('projects').where({ enterprise_id: enterpriseId }).update({ cleared_at: at, suspended_at: at });
      await checkWorker(page, `已暂停${randomUUID().slice(0, 4)}`, { temperature: '36.5' });
      await page.getByText('放行：请从人员通道进场').waitFor(STEP);
      expect(await notice.innerText()).toContain('注意：该企业的准予复工已暂停（后续核查不予通过）');

      await db('projects').where({ enterprise_id: enterpriseId }).update({ suspended_at: null });
      await checkWorker(page, `已准予${randomUUID().slice(0, 4)}`, { temperature: '36.5' });
      await page.getByText('放行：请从人员通道进场').waitFor(STEP);
      expect(await notice.count()).toBe(0);
    } finally {
      for (const project of kept)
        await db('projects').where({ id: project.id }).update({ cleared_at: project.cleared_at, suspended_at: project.suspended_at });
    }
    expect(problems).toEqual([]);
  });
});
