// A form's date field in zh-CN reads 年-月-日 (2026-02-10) in chromium, whose own date input shows the browser's locale
// (mm/dd/yyyy on an English-language phone) whatever the page's language; dates typed the usual ways are read as the
// ISO date the form stores. The cadre's visit form (visit-log, 走访日期) in chromium against the built app.
import { describe, expect, it } from 'vitest';
import { journeyChromium, signIn, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { startSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };

describe.skipIf(!executable)('a date field of a form (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  it('shows 年-月-日 in zh-CN on an English-language browser, reads typed dates and stores the ISO date', async () => {
    const { baseUrl, db } = journey.system;
    // The browser's own language is English: its native date input would show 02/10/2026.
    const page = await journey.browser.newPage({ locale: 'en-US' });
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await signIn(page, baseUrl, 'cadre1');
    await page.goto(`${baseUrl}/#/visits`);
    await page.getByRole('button', { name: '记录走访' }).click();
    const form = page.locator('form.rjsf');
    const date = form.getByRole('textbox', { name: '走访日期' });
    await date.waitFor(STEP);
    // What the field shows is its value as text: today's date, year first.
    expect(await date.evaluate((input: HTMLInputElement) => input.type)).toBe('text');
    expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await date.fill('');
    expect(await date.getAttribute('placeholder')).toBe('年-月-日');
    // Eight digits are read at once; other ways of typing a date when the field is left.
    await date.pressSequentially('20260209');
    expect(await date.inputValue()).toBe('2026-02-09');
    await date.fill('2026/2/10');
    await date.press('Tab');
    expect(await date.inputValue()).toBe('2026-02-10');
    // The browser's picker stays within reach, behind a worded button.
    await form.getByText('选择日期', { exact: true }).waitFor(STEP);
    // What the picker chooses shows in the field the same way.
    await form.locator('.date-input__pick input[type="date"]').fill('2026-02-11');
    expect(await date.inputValue()).toBe('2026-02-11');
    await date.fill('2026/2/10');
    await date.press('Tab');

    const enterprise = form.getByLabel('走访企业');
    await enterprise.selectOption({ index: 1 });
    const people = `日期字段${String(Date.now()).slice(-6)}`;
    await form.getByLabel('走访对象').fill(people);
    await form.getByLabel('征求意见（条）').fill('1');
    await form.getByLabel('意见内容').fill('希望尽快复工');
    await page.getByRole('button', { name: '保存走访记录' }).click();
    await page.locator('#main').getByText(people).waitFor(STEP);
    const stored = await db('visits').orderBy('id', 'desc').first('visited_on', 'data');
    const data = (typeof stored.data === 'string' ? JSON.parse(stored.data) : stored.data) as Record<string, unknown>;
    expect(data).toMatchObject({ peopleMet: people, visitedOn: '2026-02-10' });
    expect(String(stored.visited_on).slice(0, 10)).toBe('2026-02-10');

    // In English the browser's own date input stays.
    await page.goto(`${baseUrl}/#/visits`);
    await switchLanguage(page, 'en');
    await page.getByRole('button', { name: 'Record a visit' }).click();
    const native = page.locator('form.rjsf').getByLabel(/^Visited on/);
    await native.waitFor(STEP);
    expect(await native.evaluate((input: HTMLInputElement) => input.type)).toBe('date');
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });
});
