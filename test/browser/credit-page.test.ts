// An enterprise's credit record in a real browser (chromium), as the enterprise and an administrator read it: the total
// after a colon of the page's language, an empty record that says what will be entered in it, and an entry's basis named
// by the commendation's form title and case number — the stored basis names the case by its id, a UUID nobody reads.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toJson } from '#core/db';
import { appendCreditEntry } from '#core/stores/credit/credit-ledger';
import { bareAppWithBrowser, DESK, journeyChromium, rawKeysOn, signIn, switchLanguage } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

describe.skipIf(!executable)('the credit record page (chromium)', () => {
  let ent01: number;
  let ent02: number;

  const suite = bareAppWithBrowser(executable, { pages: true });

  beforeAll(async () => {
    const { db } = suite.system;
    ent01 = Number((await db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    ent02 = Number((await db('users').where({ username: 'ent02' }).first('enterprise_id')).enterprise_id);
    // A commendation of ent02, settled, and the credit points its workflow entered (basis as ladder-effects.ts writes it).
    const form = await db('form_definitions').where({ key: 'commendation', status: 'published' }).orderBy('version', 'desc').first();
    const nominator = await db('users').where({ username: 'cadre1' }).first('id');
    const id = randomUUID();
    const at = new Date().toISOString();
    await db('submissions').insert({
      ...{ id, form_key: 'commendation', form_version: form.version, enterprise_id: ent02, user_id: nominator.id },
      ...{ data: toJson({}), status: 'completed', result: toJson({}), workflow_id: `submission-${id}` },
      ...{ case_number: 'BY-20261207-0001', created_at: at, updated_at: at },
    });
    await appendCreditEntry(db, {
      ...{ key: `test/${id}`, enterpriseId: ent02, points: 5, reason: '通报表扬，记入良好信用记录' },
      ...{ basis: `表扬推荐 ${id}`, approverId: null, submissionId: id, at },
    });
  });

  async function open(username: string, enterpriseId: number): Promise<Page> {
    const page = await suite.browser.newPage({ viewport: DESK });
    await signIn(page, suite.system.baseUrl, username);
    await page.goto(`${suite.system.baseUrl}/#/enterprises/${enterpriseId}/credit`);
    await page.locator('.credit-total').waitFor();
    return page;
  }

  it('tells the enterprise, in each language, that its record is empty and what will be entered in it', async () => {
    const page = await open('ent01', ent01);
    expect(await page.locator('.credit-total').innerText()).toBe('信用分合计：0');
    const empty = await page.locator('main .empty').innerText();
    expect(empty).toContain('该企业还没有信用记录');
    expect(empty).toContain('通报表扬经公示无异议后');
    await screenshot(page, { journey: 'credit', page: 'empty' });
    await switchLanguage(page, 'en');
    expect(await page.locator('.credit-total').innerText()).toBe('Credit points in total: 0');
    expect(await page.locator('main .empty').innerText()).toContain('When a commendation passes its public notice');
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });

  it('names an entry’s basis by the commendation’s title and case number, not by its id', async () => {
    const page = await open('admin', ent02);
    const basis = page.getByRole('link', { name: '表扬推荐 BY-20261207-0001' });
    await basis.waitFor();
    expect(await page.locator('main table').innerText()).not.toMatch(UUID);
    await screenshot(page, { journey: 'credit', page: 'entry' });
    await switchLanguage(page, 'en');
    await page.getByRole('link', { name: 'Commendation BY-20261207-0001' }).waitFor();
    const english = await page.locator('main table').innerText();
    expect(english).not.toMatch(UUID);
    expect(english).not.toContain('表扬推荐');
    await page.close();
  });

  // It read 冲正第 17 号记录 / 已由第 18 号记录冲正: accounting jargon and row ids the page shows nowhere.
  it('words a reversal by the entries’ times in plain words, never by row ids', async () => {
    const page = await open('admin', ent02);
    const time = await page.locator('main table time').first().innerText();
    await page.getByRole('button', { name: `撤销 ${time} 的记录（5 分）` }).click();
    await page.getByRole('heading', { name: `撤销 ${time} 的记录（5 分）` }).waitFor();
    await page.getByLabel('撤销理由').fill('推荐材料不实');
    await page.getByRole('button', { name: '确认撤销' }).click();
    await page.getByText('已撤销：新增了一条抵消原记录的记录。').waitFor();
    await expect.poll(() => page.locator('main table').innerText()).toContain(`撤销 ${time} 的记录`);
    const table = await page.locator('main table').innerText();
    expect(table).toMatch(/已于 .+ 撤销/);
    expect(table).not.toMatch(/冲正|第 \d+ 号|#\d/);
    await screenshot(page, { journey: 'credit', page: 'reversed' });
    await switchLanguage(page, 'en');
    await expect.poll(() => page.locator('main table').innerText()).toContain('Reverses the entry of');
    expect(await page.locator('main table').innerText()).toMatch(/Reversed on .+\d{2}:\d{2}/);
    expect(await page.locator('main table').innerText()).not.toMatch(/entry \d|#\d/);
    await page.close();
  });
});
