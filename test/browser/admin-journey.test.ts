// In a real browser against a system with `npm start`'s forms and demo data: an administrator adds a field to a shipped form in the
// form editor and publishes it, and the enterprise sees the new field; the administrator marks a holiday on the
// working-day calendar and clears it again. Every page is checked in zh-CN and en and with axe-core.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

/** Rewrites the JSON in the textarea labelled `label` with `change`. */
async function editJson(page: Page, label: string, change: (value: Record<string, unknown>) => void): Promise<void> {
  const box = page.getByLabel(label);
  const value = JSON.parse(await box.inputValue()) as Record<string, unknown>;
  change(value);
  await box.fill(JSON.stringify(value, null, 2));
}

describe.skipIf(!executable)('administration in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);
  const { open } = journey;

  it('an admin adds a field to a form and publishes it; the enterprise sees the new field', async () => {
    const problems: string[] = [];
    const admin = await open('admin');
    // An admin fills no forms: the home starts with the cases, not with an empty "forms you can fill" section.
    await admin.locator('#home-submissions').waitFor(STEP);
    await admin.locator('#home-forms').waitFor({ state: 'detached', ...STEP });
    await admin.goto(`${journey.system.baseUrl}/#/admin/forms`);
    await admin
      .getByRole('link', { name: /工作联络员指定/ })
      .first()
      .waitFor(STEP);
    problems.push(...(await auditPage(admin, 'form list')));
    await admin.goto(`${journey.system.baseUrl}/#/admin/forms/liaison-designation`);
    // The editor opens on the visual builder; this journey edits the JSON itself.
    await admin.getByRole('button', { name: 'JSON', exact: true }).click(STEP);
    await admin.getByLabel('JSON Schema（字段与校验规则）').waitFor(STEP);
    problems.push(...(await auditPage(admin, 'form editor')));

    await editJson(admin, 'JSON Schema（字段与校验规则）', (schema) => {
      (schema.properties as Record<string, unknown>).backupMobile = { type: 'string', title: '备用联系电话', maxLength: 20 };
    });
    await editJson(admin, 'uiSchema（显示方式）', (ui) => {
      (ui['ui:order'] as string[]).push('backupMobile');
    });
    await editJson(admin, '英文字段标题', (titles) => {
      titles['/backupMobile'] = 'Backup phone';
    });
    // The visual builder reads what was typed in the JSON view; while the JSON does not parse it says so.
    await admin.getByRole('button', { name: '可视化' }).click();
    await admin.getByRole('button', { name: '备用联系电话', exact: true }).waitFor(STEP);
    await admin.getByRole('button', { name: 'JSON', exact: true }).click();
    const schemaBox = admin.getByLabel('JSON Schema（字段与校验规则）');
    const schemaText = await schemaBox.inputValue();
    await schemaBox.fill(schemaText.slice(0, -2));
    await admin.getByRole('button', { name: '可视化' }).click();
    await admin.getByRole('alert').filter({ hasText: 'JSON 格式有误，可视化编辑暂不可用' }).waitFor();
    await admin.getByRole('button', { name: 'JSON', exact: true }).click();
    await schemaBox.fill(schemaText);
    await admin.getByRole('button', { name: '保存草稿' }).click();
    await admin.getByText(/草稿已保存/).waitFor(STEP);
    await admin.getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByText(/已发布第 \d+ 版。/).waitFor(STEP);
    await admin.close();

    const enterprise = await open('ent03');
    await enterprise.getByRole('link', { name: '填写「工作联络员指定」' }).click();
    await enterprise.getByLabel('备用联系电话').waitFor(STEP);
    problems.push(...(await auditPage(enterprise, 'form with the new field')));
    await fullPageShot(enterprise, `${SCREENSHOTS}form-new-field.png`);
    await enterprise.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('an admin marks a holiday on the working-day calendar and makes it an ordinary day again', async () => {
    const admin = await open('admin');
    await admin.goto(`${journey.system.baseUrl}/#/admin/calendar`);
    await admin.getByRole('heading', { name: '工作日历' }).waitFor(STEP);
    const year = await admin.locator('.calendar-year strong').innerText();
    const problems = await auditPage(admin, 'calendar');

    // The day is named as people write it, in its button, the panel and the messages after each change.
    const ordinary = new RegExp(`^10 ${year}年6月10日（(普通工作日|周末)）$`);
    await admin.getByRole('button', { name: ordinary }).click();
    await admin.getByLabel('类型').selectOption('holiday');
    await admin.getByLabel('名称').fill('演练假日');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByText(`已保存 ${year}年6月10日：节假日。`).waitFor(STEP);
    await admin.getByRole('button', { name: `10 ${year}年6月10日（节假日 · 演练假日）` }).waitFor();
    await admin.getByRole('listitem').filter({ hasText: '演练假日' }).waitFor();
    problems.push(...(await auditPage(admin, 'calendar with a new holiday')));
    await fullPageShot(admin, `${SCREENSHOTS}calendar-holiday.png`);

    await admin.getByRole('button', { name: `10 ${year}年6月10日（节假日 · 演练假日）` }).click();
    await admin.getByRole('button', { name: '恢复为普通日期' }).click();
    await admin.getByText(`${year}年6月10日 已恢复为普通日期。`).waitFor(STEP);
    await admin.getByRole('button', { name: ordinary }).waitFor();
    await admin.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
