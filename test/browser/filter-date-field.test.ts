// The date fields of filters and small forms read 年-月-日 in zh-CN (2026-01-01) in chromium, whose own date input shows
// the browser's locale (01/01/2026 on an English-language phone) whatever the page's language; dates typed the usual
// ways are read as the ISO date the query sends, and half a date never reaches a query. The visit log's period filter
// (开始日期 / 结束日期) in chromium against the built app; the other filters share its component (date-field.tsx).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journeyChromium, signIn, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { startSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };

/** The query string of the next visit list the page asks for. */
function nextListQuery(page: Page): Promise<URLSearchParams> {
  return page
    .waitForRequest((request) => new URL(request.url()).pathname === '/api/visits' && request.method() === 'GET', STEP)
    .then((request) => new URL(request.url()).searchParams);
}

describe.skipIf(!executable)('a date field of a filter (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  it('shows 年-月-日 in zh-CN on an English-language browser and queries only whole dates', async () => {
    const { baseUrl } = journey.system;
    // The browser's own language is English: its native date input would show 01/01/2026.
    const page = await journey.browser.newPage({ locale: 'en-US' });
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await signIn(page, baseUrl, 'cadre1');
    await page.goto(`${baseUrl}/#/visits`);
    const filter = page.getByRole('form', { name: '按走访日期筛选' });
    const from = filter.getByRole('textbox', { name: '开始日期' });
    const to = filter.getByRole('textbox', { name: '结束日期' });
    await from.waitFor(STEP);

    // What the field shows is its value as text, year first.
    expect(await from.evaluate((input: HTMLInputElement) => input.type)).toBe('text');
    expect(await from.getAttribute('placeholder')).toBe('年-月-日');
    await from.fill('20260101');
    expect(await from.inputValue()).toBe('2026-01-01');
    await filter.getByText('选择日期', { exact: true }).first().waitFor(STEP);

    // 2026/1/5 is read as 2026-01-05, also when Enter sends the filter straight from the field.
    let query = nextListQuery(page);
    await from.fill('2026/1/5');
    await from.press('Enter');
    expect(await from.inputValue()).toBe('2026-01-05');
    expect((await query).get('from')).toBe('2026-01-05');

    // Half a date stays in the field with a word on how to write one; the query keeps the dates it had.
    await to.fill('2026-1');
    await to.press('Tab');
    await filter.getByText('请按 年-月-日 填写日期，例如 2026-01-05').waitFor(STEP);
    expect(await to.inputValue()).toBe('2026-1');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/visits') asked.push(new URL(request.url()).search);
    });
    await filter.getByRole('button', { name: '查询' }).click();

    // The browser's picker writes the field the same way, and a whole date clears the word.
    await filter.locator('.date-input__pick input[type="date"]').nth(1).fill('2026-01-07');
    expect(await to.inputValue()).toBe('2026-01-07');
    expect(await filter.getByText('请按 年-月-日 填写日期，例如 2026-01-05').count()).toBe(0);
    query = nextListQuery(page);
    await filter.getByRole('button', { name: '查询' }).click();
    expect((await query).get('to')).toBe('2026-01-07');
    // The half date was never asked for: the only list asked for since has the picked one.
    expect(asked.map((search) => new URLSearchParams(search).get('to'))).toEqual(['2026-01-07']);

    // In English the browser's own date input stays.
    await switchLanguage(page, 'en');
    const native = page.getByRole('form', { name: 'Filter by visit date' }).getByLabel('From');
    await native.waitFor(STEP);
    expect(await native.evaluate((input: HTMLInputElement) => input.type)).toBe('date');
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });
});
