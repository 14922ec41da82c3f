// An enterprise liaison filling forms in a real browser: what was typed just before leaving a form (a link back to the
// workspace, a reload) is in the draft when the form opens again, though the quiet save had not come yet; and the form
// cards' lines for the filler, cut to two lines, stay two lines when a neighbour card's longer title makes the row taller.
// The daily report's markdown line (words and a link to the difficulty report) shows its link without fetching the
// markdown parser (issue 21: 30 KB of the enterprise's budget).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually } from '#scripts/kit/eventually';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const FORM = 'difficulty-report';
const MANIFEST = fileURLToPath(new URL('../../web/app/dist/.vite/manifest.json', import.meta.url));

/** The built file of markdown-to-jsx, a chunk fetched only when a text needs the parser. */
function markdownParserFile(): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string }>;
  const key = Object.keys(manifest).find((name) => name.includes('node_modules/markdown-to-jsx/'));
  if (!key) throw new Error('the build manifest names no markdown-to-jsx chunk');
  return manifest[key]!.file;
}

describe.skipIf(!executable)('an enterprise filling forms (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  /** The data of ent01's stored draft of the difficulty report once it holds `text` (or what it holds when it never does). */
  async function draftHolding(text: string): Promise<string> {
    const { db } = journey.system;
    const user = await db('users').where({ username: 'ent01' }).first('id');
    return eventually(
      async () => String((await db('submission_drafts').where({ user_id: user.id, form_key: FORM }).first('data'))?.data ?? ''),
      (data) => data.includes(text),
      10_000,
    );
  }

  async function openForm(page: Page): Promise<void> {
    await page.goto(`${journey.system.baseUrl}/#/forms/${FORM}`);
    await page.getByLabel('问题描述').waitFor(STEP);
  }

  it('keeps the words typed just before going back to the workspace, and before a reload', async () => {
    const page = await journey.open('ent01');
    await openForm(page);
    await page.getByLabel('问题类别').selectOption({ label: '资金' });
    // Typed and left at once: the quiet save (2 s after the last keystroke) has not come yet.
    await page.getByLabel('问题描述').fill('工程款拖欠，工人工资发放困难');
    await page.getByRole('link', { name: '返回工作台' }).click();
    await page.getByRole('heading', { name: '可填写的表单' }).waitFor(STEP);
    expect(await draftHolding('工程款拖欠')).toContain('工程款拖欠，工人工资发放困难');
    await openForm(page);
    await page.getByText(/草稿/).first().waitFor(STEP);
    expect(await page.getByLabel('问题描述').inputValue()).toBe('工程款拖欠，工人工资发放困难');

    // Typed, then the page reloaded (or closed) at once: the save goes out as the page goes away.
    await page.getByLabel('涉及项目').fill('泉城大道快速路二期');
    await page.reload();
    expect(await draftHolding('泉城大道快速路二期')).toContain('泉城大道快速路二期');
    await page.reload();
    await page.getByLabel('问题描述').waitFor(STEP);
    await expect.poll(() => page.getByLabel('涉及项目').inputValue(), STEP).toBe('泉城大道快速路二期');
    expect(await page.getByLabel('问题描述').inputValue()).toBe('工程款拖欠，工人工资发放困难');
    await page.close();
  });

  it('tells an enterprise what to fill on the daily report, not the process’s internals nor its version, in both languages', async () => {
    const page = await journey.open('ent01', { width: 390, height: 844 });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${journey.system.baseUrl}/#/forms/daily-report`);
    await page.getByLabel('在岗人数').waitFor(STEP);
    const link = page.getByRole('link', { name: '填报困难问题反映' });
    expect(await link.getAttribute('href')).toBe('#/forms/difficulty-report');
    const zh = await page.locator('main').innerText();
    expect(zh).toContain('请在每天 17:00 前报送当天的项目开复工、人员返岗和防疫物资库存情况');
    for (const internal of ['综合协调组', '跟进待办', '第 4 版']) expect(zh).not.toContain(internal);
    await page.screenshot({ path: `${SCREENSHOTS}enterprise-daily-report-guidance.png`, fullPage: true });
    await switchLanguage(page, 'en');
    await page.getByLabel('Workers on site').waitFor(STEP);
    const en = await page.locator('main').innerText();
    expect(en).toContain("Report today's project starts, staff back at work and epidemic-prevention stock by 17:00 every day");
    for (const internal of ['comprehensive-coordination', 'follow-up task', 'Version 4']) expect(en).not.toContain(internal);
    expect(await page.getByRole('link', { name: 'file a difficulty report' }).getAttribute('href')).toBe('#/forms/difficulty-report');
    await switchLanguage(page, 'zh-CN');
    expect(fetched).not.toContain(`/${markdownParserFile()}`);
    await page.close();
  });

  it('shows no third line under a card description cut to two lines, in English on a desktop', async () => {
    const page = await journey.open('ent01', { width: 1366, height: 900 });
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Forms you can fill in' }).waitFor(STEP);
    // The liaison designation's card shares a row with "Resumption survey and readiness inspection", whose title wraps.
    await page.getByText('Name one liaison for your enterprise', { exact: false }).waitFor(STEP);
    const heights = await page.locator('.form-card__description--short').evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.textContent ?? '',
        lines: element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight),
      })),
    );
    expect(heights.length).toBeGreaterThan(3);
    expect(heights.filter(({ lines }) => lines > 2.05).map(({ text }) => text)).toEqual([]);
    // Each card says what the filler is asked to do, never the administrators' description of the process.
    const cards = await page.locator('.cards').innerText();
    expect(cards).toContain("Report today's project starts");
    for (const internal of ['Each enterprise names one work liaison', 'Every enterprise reports its projects', 'A difficulty met while'])
      expect(cards).not.toContain(internal);
    await page.locator('.cards').screenshot({ path: `${SCREENSHOTS}enterprise-form-cards-en.png` });
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });
});
