// A nominator of an enterprise for commendation (表扬推荐) picks it by name instead of typing its 18-character unified
// social credit code, and the code is marked required for it as the server requires it: a cadre among its own
// enterprises, a working-group member among all of them, found by part of the name. The code can still be typed. An
// enterprise filing for itself sees the plain, optional field. The evidence list's buttons speak the reader's language
// (添加一项 / Add an item, never rjsf's "Add Item"). In zh-CN and en, axe clean.
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
const ANY_PICKER = '或按名称选择企业';
// A 1×1 PNG, to upload as evidence.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
// rjsf's own English words, which neither language may show.
const RJSF_DEFAULTS = ['Add Item', 'Move up', 'Move down', 'Remove', 'Copy'];

describe.skipIf(!executable)('the commendation’s nominee picker (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  async function openForm(page: Page): Promise<void> {
    await page.goto(`${journey.system.baseUrl}/#/forms/commendation`);
    await page.getByLabel(CODE_FIELD).waitFor(STEP);
  }

  /** The required mark on a field's label, as rjsf draws it on every required field; '' when there is none. */
  const requiredMark = (page: Page, field: string) =>
    page.locator(`label[for="root_${field}"]`).evaluate((label) => label.querySelector('.required')?.textContent ?? '');

  it('lists the cadre’s own enterprises by name, fills the chosen one’s credit code, and requires one', async () => {
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
    // A cadre's own enterprises are few: no name filter.
    expect(await page.getByRole('searchbox', { name: '按名称查找企业' }).count()).toBe(0);
    // Required of a nominator as the server requires it, marked as 表扬事项 is; left empty, it says so at the field.
    expect(await requiredMark(page, 'enterpriseCreditCode')).toBe(await requiredMark(page, 'honour'));
    expect(await requiredMark(page, 'honour')).not.toBe('');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.locator('#root_enterpriseCreditCode__error').getByText(`请填写「${CODE_FIELD}」`).waitFor(STEP);
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

  it('offers a working-group member every enterprise by name, found by part of it, and requires one', async () => {
    const all = (await journey.system.db('enterprises').select('name', 'credit_code')) as { name: string; credit_code: string }[];
    const page = await journey.open('class-coordination');
    await openForm(page);
    const picker = page.getByLabel(ANY_PICKER);
    await picker.waitFor(STEP);
    expect((await picker.locator('option').allInnerTexts()).slice(1).sort()).toEqual(all.map((e) => e.name).sort());
    expect(await requiredMark(page, 'enterpriseCreditCode')).toBe(await requiredMark(page, 'honour'));

    // Part of one enterprise's name narrows the list to the enterprises whose names hold it.
    const target = all[all.length - 1]!;
    const part = [...target.name].slice(-6, -2).join('');
    const holding = all.filter((e) => e.name.includes(part)).map((e) => e.name);
    expect(holding.length).toBeLessThan(all.length);
    await page.getByRole('searchbox', { name: '按名称查找企业' }).fill(part);
    await page.getByText(`找到 ${holding.length} 家企业`).waitFor(STEP);
    expect((await picker.locator('option').allInnerTexts()).slice(1).sort()).toEqual(holding.sort());
    await picker.selectOption({ label: target.name });
    expect(await page.getByLabel(CODE_FIELD).inputValue()).toBe(target.credit_code);
    // A name nobody has: said so, the chosen one still offered.
    await page.getByRole('searchbox', { name: '按名称查找企业' }).fill('无此企业名称');
    await page.getByText('没有名称含“无此企业名称”的企业').waitFor(STEP);
    expect(await picker.locator('option:checked').innerText()).toBe(target.name);
    expect(await auditPage(page, 'commendation form (working group)')).toEqual([]);
    await fullPageShot(page, `${SCREENSHOTS}commendation-nominee-picker-class.png`);
    await switchLanguage(page, 'en');
    await page.getByLabel('Or pick an enterprise by name').waitFor(STEP);
    await page.getByText('No enterprise has “无此企业名称” in its name').waitFor(STEP);
    await fullPageShot(page, `${SCREENSHOTS}commendation-nominee-picker-class-en.png`);
    await page.close();
  });

  it('words the evidence list’s buttons and file choosers in the reader’s language, never in rjsf’s or the browser’s English', async () => {
    const page = await journey.open('ent01');
    await openForm(page);
    const evidence = page.locator('#root_evidence');
    const noRjsfEnglish = async () => {
      const text = await page.locator('body').innerText();
      return RJSF_DEFAULTS.filter((words) => text.includes(words));
    };
    await evidence.getByRole('button', { name: '添加一项' }).click();
    await evidence.getByRole('button', { name: '添加一项' }).click();
    for (const name of ['删除', '上移', '下移']) expect(await evidence.getByRole('button', { name }).count(), name).toBeGreaterThan(0);
    expect(await noRjsfEnglish()).toEqual([]);
    // The browser's own file button ("Choose File") is out of sight; the chooser people see is worded, and still uploads.
    const firstFile = page.locator('#root_evidence_0');
    expect((await firstFile.boundingBox())!.width).toBeLessThanOrEqual(1);
    expect(await evidence.getByText('选择文件', { exact: true }).count()).toBe(2);
    expect(await evidence.getByText('未选择文件', { exact: true }).count()).toBe(2);
    await firstFile.setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await evidence.getByRole('link', { name: '现场照片.png' }).waitFor(STEP);
    expect(await evidence.getByText('未选择文件', { exact: true }).count()).toBe(1);
    expect(await auditPage(page, 'commendation evidence list')).toEqual([]);
    await fullPageShot(page, `${SCREENSHOTS}commendation-evidence-list.png`);

    await switchLanguage(page, 'en');
    await evidence.getByRole('button', { name: 'Add an item', exact: true }).waitFor(STEP);
    // Each item's own, and the uploaded file's.
    expect(await evidence.getByRole('button', { name: 'Remove', exact: true }).count()).toBe(3);
    expect(await evidence.getByRole('button', { name: 'Move up', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).not.toContain('Add Item');
    expect(await evidence.getByText('Choose a file', { exact: true }).count()).toBe(2);
    await fullPageShot(page, `${SCREENSHOTS}commendation-evidence-list-en.png`);
    await switchLanguage(page, 'zh-CN');
    await evidence.getByRole('button', { name: '删除' }).first().click();
    expect(await evidence.getByRole('button', { name: '删除' }).count()).toBe(1);
    await page.close();
  });

  it('leaves an enterprise filing for itself the plain, optional field', async () => {
    const page = await journey.open('ent01');
    await openForm(page);
    expect(await page.getByLabel(PICKER).count()).toBe(0);
    expect(await page.getByLabel(ANY_PICKER).count()).toBe(0);
    expect(await requiredMark(page, 'enterpriseCreditCode')).toBe('');
    await page.close();
  });
});
