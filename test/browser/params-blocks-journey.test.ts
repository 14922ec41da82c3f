// In a real browser (zh-CN): an administrator who is no programmer builds a ladder from the starter. Its emails to the
// enterprise are preset as the shipped processes send them, and an unset template says it is not sent; the urgent
// field is picked by the title the admin gave it in the builder, the rung that reviews an objection by the rung's
// title, a priority by its word; optional parts (publicity, urgent, a rung's overdue alert) start as "添加…" buttons,
// and one added on rung 2 is taken out again by its own "移除此项" button, after which the draft saves. The saved params,
// read through the API, keep the field's key, the rung's key and the priority's number. Shot in zh-CN and en.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

async function newLadder(admin: Page, base: string, key: string): Promise<void> {
  await admin.goto(`${base}/#/admin/forms`);
  await admin.getByRole('button', { name: '新建表单' }).click();
  await admin.getByLabel('表单标识').fill(key);
  await admin.getByLabel('中文标题').fill(`紧急物资 ${key}`);
  await admin.getByLabel('英文标题').fill(`Urgent supplies ${key}`);
  await admin.getByLabel('从哪种流程开始').selectOption('ladder');
  await admin.getByRole('button', { name: '新建表单' }).last().click();
  await admin.getByRole('tab', { name: '表单编辑' }).waitFor(STEP);
}

/** A shot of the editor from the element `from` down: the ladder-wide parameters under its rungs, legible. */
async function shotFrom(admin: Page, from: string, path: string): Promise<void> {
  const start = await admin.locator(from).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const editor = await admin.locator('.params-editor').evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + window.scrollX, bottom: box.bottom + window.scrollY, width: box.width };
  });
  await admin.screenshot({
    path,
    fullPage: true,
    clip: { x: editor.x, y: start - 8, width: editor.width, height: editor.bottom - start + 8 },
  });
}

/** The text of each option of a select. */
const optionTexts = (admin: Page, selector: string) => admin.locator(`${selector} option`).allInnerTexts();

describe.skipIf(!executable)('optional parts and pickers of the parameter editor in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);

  it('a ladder from the starter emails the enterprise; fields, rungs and priorities are picked by name; a block is removed', async () => {
    const base = journey.system.baseUrl;
    const formKey = `urgent-supplies-${randomUUID().slice(0, 6)}`;
    const admin = await journey.open('admin');
    const problems: string[] = [];
    await newLadder(admin, base, formKey);

    // The starter's emails to the enterprise are set; an unset one says nothing is sent.
    await admin.locator('#params_receiptTemplate').waitFor(STEP);
    expect(await admin.locator('#params_receiptTemplate').inputValue()).toBe('submission-received');
    expect(await admin.locator('#params_settledTemplate').inputValue()).toBe('submission-settled');
    expect(await admin.locator('#params_updateTemplate').inputValue()).toBe('case-update');
    expect((await optionTexts(admin, '#params_receiptTemplate'))[0]).toBe('（不发送）');
    expect(await admin.getByText('（默认模板）').count()).toBe(0);

    // Absent optional parts are buttons, not required-looking fields.
    for (const name of ['添加公示', '添加紧急事项', '添加批准后的效果'])
      await admin.getByRole('button', { name, exact: true }).waitFor(STEP);
    expect(await admin.locator('#params_publicity_workingDays').count()).toBe(0);
    expect(await admin.locator('#params_urgent_field').count()).toBe(0);

    // The yes/no field, added with the builder, named by its title.
    await admin.locator('.builder-layout__list').getByLabel('字段类型').selectOption({ label: '是 / 否' });
    await admin.getByRole('button', { name: '添加字段', exact: true }).click();
    const settings = admin.getByRole('region', { name: /^字段设置/ });
    await settings.getByLabel('中文标题').fill('是否急需');
    await settings.getByLabel('英文标题').fill('Needed urgently');

    await admin.getByRole('button', { name: '添加紧急事项', exact: true }).click();
    // Only yes/no fields are offered: the summary (text) is not.
    expect(await optionTexts(admin, '#params_urgent_field')).toEqual(['（未设置）', '是否急需']);
    await admin.locator('#params_urgent_field').selectOption({ label: '是否急需' });
    expect(await optionTexts(admin, '#params_urgent_priority')).toEqual(['（未设置）', '普通', '优先', '紧急']);
    await admin.locator('#params_urgent_priority').selectOption({ label: '紧急' });

    await admin.getByRole('button', { name: '添加公示', exact: true }).click();
    await admin.locator('#params_publicity_workingDays').fill('5');
    expect(await optionTexts(admin, '#params_publicity_onObjection')).toEqual([
      '（未设置）',
      '第 1 级：包挂干部办理',
      '第 2 级：综合协调组办理',
      '第 3 级：防控指挥部办理',
    ]);
    await admin.locator('#params_publicity_onObjection').selectOption({ label: '第 2 级：综合协调组办理' });
    await admin.locator('#params_publicity_noticeTemplate').selectOption('commendation-publicity');
    await admin.locator('#params_stages_0_priority').selectOption({ label: '优先' });

    // Rung 2's overdue alert: added, its unset template names the default, then removed whole by its button.
    await admin.locator('#params_stages_1_overdue').getByRole('button', { name: '添加最后一级超时提醒' }).click();
    await admin.locator('#params_stages_1_overdue_template').waitFor(STEP);
    expect((await optionTexts(admin, '#params_stages_1_overdue_template'))[0]).toMatch(/^（不选时用默认：.+）$/);
    await admin.locator('#params_stages_1_overdue_every').selectOption({ label: '1 天' });
    await admin.locator('#params_stages_1_overdue_alert').getByRole('button', { name: '添加提醒对象' }).click();
    await admin.locator('#params_stages_1_overdue_alert_role').selectOption({ label: '防控指挥部' });
    problems.push(...(await auditPage(admin, 'params blocks')));
    await admin.locator('#params_stages_1').screenshot({ path: `${SCREENSHOTS}params-blocks-rung-zh-cn.png` });
    await shotFrom(admin, '#params_receiptTemplate', `${SCREENSHOTS}params-blocks-zh-cn.png`);
    await switchLanguage(admin, 'en');
    expect((await optionTexts(admin, '#params_updateTemplate'))[0]).toBe('(not sent)');
    await admin.getByRole('button', { name: 'Add effects after approval', exact: true }).waitFor(STEP);
    await admin.locator('#params_stages_1').screenshot({ path: `${SCREENSHOTS}params-blocks-rung-en.png` });
    await shotFrom(admin, '#params_receiptTemplate', `${SCREENSHOTS}params-blocks-en.png`);
    await switchLanguage(admin, 'zh-CN');

    const overdueBlock = admin.locator('.optional-block', { has: admin.locator('#params_stages_1_overdue') }).last();
    const remove = overdueBlock.locator(':scope > .optional-block__remove');
    expect(await remove.innerText()).toMatch(/^移除此项/);
    await remove.click();
    await admin.locator('#params_stages_1_overdue_every').waitFor({ state: 'detached', ...STEP });
    await admin.locator('#params_stages_1_overdue').getByRole('button', { name: '添加最后一级超时提醒' }).waitFor(STEP);

    await admin.getByRole('button', { name: '保存草稿' }).click();
    await admin.getByText(/草稿已保存/).waitFor(STEP);
    const answer = await admin.request.get(`${base}/api/admin/forms/${formKey}`);
    const draft = (await answer.json()).versions.find((version: { status: string }) => version.status === 'draft');
    const urgentKey = Object.entries(draft.schema.properties as Record<string, { title?: string }>).find(
      ([, field]) => field.title === '是否急需',
    )![0];
    expect(urgentKey).not.toBe('是否急需');
    expect(draft.process.params).toMatchObject({
      receiptTemplate: 'submission-received',
      settledTemplate: 'submission-settled',
      updateTemplate: 'case-update',
      urgent: { field: urgentKey, priority: 2 },
      publicity: { workingDays: 5, onObjection: 'group', noticeTemplate: 'commendation-publicity' },
      stages: [{ name: 'cadre', priority: 1 }, { name: 'group' }, { name: 'hq' }],
    });
    expect(draft.process.params.stages[1]).not.toHaveProperty('overdue');
    await admin.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
