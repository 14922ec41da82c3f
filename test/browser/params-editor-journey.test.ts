// In a real browser (zh-CN): an admin creates an email template, then a new process from the ladder starter whose
// parameters are set with the generated editor only — no JSON typed: two rungs (the enterprise's cadre in 4 hours, then
// the raw-material supply group in 1 working day) and the new template as its receipt — and publishes it. The editor
// page is checked in zh-CN and en (no raw keys) and with axe-core.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('parameter editor in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);

  it('an admin builds a two-rung ladder with a new email template without typing JSON, and publishes it', async () => {
    const suffix = randomUUID().slice(0, 6);
    const templateName = `shortage-receipt-${suffix}`;
    const formKey = `material-shortage-${suffix}`;
    const admin = await journey.open('admin');
    const problems: string[] = [];

    await admin.goto(`${journey.system.baseUrl}/#/admin/email-templates`);
    await admin.getByRole('button', { name: '新建邮件模板' }).click();
    await admin.getByLabel('模板名称').fill(templateName);
    await admin.getByLabel('用途').selectOption({ label: '企业提交表单后的回执' });
    await admin.getByText('{{recipientName}}').first().waitFor(STEP);
    problems.push(...(await auditPage(admin, 'new email template')));
    await admin.getByRole('button', { name: '创建', exact: true }).click();
    await admin.getByText(templateName).first().waitFor(STEP);

    await admin.goto(`${journey.system.baseUrl}/#/admin/forms`);
    await admin.getByRole('button', { name: '新建表单' }).click();
    await admin.getByLabel('表单标识').fill(formKey);
    await admin.getByLabel('中文标题').fill('原材料短缺报告');
    await admin.getByLabel('英文标题').fill('Raw material shortage report');
    await admin.getByLabel('从哪种流程开始').selectOption('ladder');
    await admin.getByRole('button', { name: '新建表单' }).last().click();
    await admin.getByRole('tab', { name: '表单编辑' }).waitFor(STEP);

    // The starter has three rungs; the third goes.
    const rungs = admin.locator('#params_stages');
    await admin.locator('#params_stages_0_sla').waitFor(STEP);
    await rungs.getByRole('button', { name: '删除' }).nth(2).click();
    await admin.locator('#params_stages_2_sla').waitFor({ state: 'detached', ...STEP });
    await admin.locator('#params_stages_0_actor').selectOption({ label: '企业的包挂干部' });
    await admin.locator('#params_stages_0_sla').selectOption({ label: '4 小时' });
    await admin.locator('#params_stages_1_title_zh-CN').fill('原材料供应组办理');
    await admin.locator('#params_stages_1_title_en').fill('Raw material supply group');
    await admin.locator('#params_stages_1_actor').selectOption({ label: '原材料供应组' });
    await admin.locator('#params_stages_1_sla').selectOption({ label: '1 个工作日' });
    await admin.locator('#params_stages_1_onBreach').selectOption({ label: '保持办理并提醒' });
    await admin.locator('#params_receiptTemplate').selectOption(templateName);
    problems.push(...(await auditPage(admin, 'params editor')));
    await fullPageShot(admin, `${SCREENSHOTS}params-editor.png`);

    await admin.getByRole('button', { name: '保存草稿' }).click();
    await admin.getByText(/草稿已保存/).waitFor(STEP);
    await admin.getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByText('已发布第 1 版。').waitFor(STEP);

    const stored = await admin.request.get(`${journey.system.baseUrl}/api/admin/forms/${formKey}`);
    const published = (await stored.json()).versions[0];
    expect(published.status).toBe('published');
    expect(published.process.params).toMatchObject({
      receiptTemplate: templateName,
      stages: [
        { actor: 'cadre-of-enterprise', sla: '4 hours' },
        { actor: { role: 'special_class', workingGroupKey: 'materials' }, sla: '1 working day', onBreach: 'stay-open' },
      ],
    });
    expect(published.process.params.stages).toHaveLength(2);
    await admin.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
