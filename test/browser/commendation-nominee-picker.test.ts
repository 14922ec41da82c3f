// A cadre nominating an enterprise for commendation (表扬推荐) picks it by name among its own enterprises instead of
// typing its 18-character unified social credit code; the code can still be typed. An enterprise filing for itself
// sees the plain field. In zh-CN and en, axe clean.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { auditPage, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { fullPageShot } from '../helpers/screenshots';
import { account } from './work-list-fixtures';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const CODE_FIELD = '被推荐企业统一社会信用代码（推荐人填写；企业自行申报不填）';
const PICKER = '或从我包挂的企业中选择';

describe.skipIf(!executable)('the commendation’s nominee picker (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  async function openForm(page: Page): Promise<void> {
    await page.goto(`${journey.system.baseUrl}/#/forms/commendation`);
    await page.getByLabel(CODE_FIELD).waitFor(STEP);
  }

  it('lists the cadre’s own enterprises by name and fills the chosen one’s credit code', async () => {
    const { db } = journey.system;
    const cadre = await account(db, 'cadre1');
    const own = await db('cadre_assignments as a')
      .join('enterprises as e', 'e.id', 'a.enterprise_id')
      .where({ 'a.cadre_id': cadre.userId })
      .whereNull('a.ended_at')
      .select('e.name', 'e.credit_code');
    const others = await db('enterprises')
      .whereNotIn(
        'name',
        own.map((row) => row.name as string),
      )
      .select('name');
    expect(own.length).toBeGreaterThan(1);
    expect(others.length).toBeGreaterThan(0);

    const page = await journey.open('cadre1');
    await openForm(page);
    const picker = page.getByLabel(PICKER);
    await picker.waitFor(STEP);
    const names = (await picker.locator('option').allInnerTexts()).slice(1);
    expect(names.sort()).toEqual(own.map((row) => row.name as string).sort());
    const [first, second] = own as { name: string; credit_code: string }[];
    await picker.selectOption({ label: second!.name });
    expect(await page.getByLabel(CODE_FIELD).inputValue()).toBe(second!.credit_code);
    expect(await auditPage(page, 'commendation form (cadre)')).toEqual([]);
    await fullPageShot(page, `${SCREENSHOTS}commendation-nominee-picker.png`);
    await switchLanguage(page, 'en');
    await page.getByLabel('Or pick one of my enterprises').waitFor(STEP);
    await fullPageShot(page, `${SCREENSHOTS}commendation-nominee-picker-en.png`);
    await switchLanguage(page, 'zh-CN');

    // Typed by hand, the code still counts, and the picker names the enterprise it belongs to.
    await page.getByLabel(CODE_FIELD).fill(first!.credit_code);
    expect(await picker.locator('option:checked').innerText()).toBe(first!.name);
    await page.getByLabel(CODE_FIELD).fill('');
    expect(await picker.inputValue()).toBe('');
    await page.close();
  });

  it('leaves an enterprise filing for itself the plain field', async () => {
    const page = await journey.open('ent01');
    await openForm(page);
    expect(await page.getByLabel(PICKER).count()).toBe(0);
    await page.close();
  });
});
