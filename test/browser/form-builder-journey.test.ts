// Issue 18's form builder in a real browser against a system with `npm start`'s forms and demo data, in zh-CN: an admin creates a
// new ladder form through the "new form" panel and builds its fields with the visual builder only (never typing
// JSON): a choice with its options, a yes/no, a long text shown only when the yes/no is yes, a mobile number marked as
// personal data, a number with a unit and a range; reorders them with the keyboard and by dragging, removes a starter
// field, previews the form in English and in a phone frame, saves and publishes it. An enterprise then opens the form
// and sees the conditional field appear only while its condition holds, and files it. Every page is checked in both languages
// with axe-core.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { addField, fieldSettings } from '../helpers/form-builder-page';
import { languageFindings } from '../helpers/language-findings';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const FORM = { key: 'material-shortage', zh: '原材料短缺报告', en: 'Material shortage report' };

const listedTitles = (page: Page) => page.locator('.builder-layout__list .builder-row__title').allInnerTexts();

describe.skipIf(!executable)('the visual form builder in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);
  const { open } = journey;

  it('an admin builds and publishes a form without typing JSON; the enterprise sees the conditional field only when it applies', async () => {
    const problems: string[] = [];
    const admin = await open('admin');
    await admin.goto(`${journey.system.baseUrl}/#/admin/forms`);
    await admin.getByRole('button', { name: '新建表单' }).first().click(STEP);
    await admin.getByLabel('表单标识').fill(FORM.key);
    await admin.getByLabel('中文标题').fill(FORM.zh);
    await admin.getByLabel('英文标题').fill(FORM.en);
    await admin.getByLabel('从哪种流程开始').selectOption('ladder');
    await admin.locator('form').getByRole('button', { name: '新建表单' }).click();

    // The editor opens on the builder, with the starter's fields listed.
    await admin.getByRole('heading', { name: '字段列表' }).waitFor(STEP);
    expect(await admin.getByRole('button', { name: '可视化' }).getAttribute('aria-pressed')).toBe('true');
    expect(await listedTitles(admin)).toEqual(['事项摘要', '详细说明']);
    await admin.getByRole('button', { name: /^删除\s*详细说明$/ }).click();
    await admin.getByText('已删除字段“详细说明”。').waitFor();

    const category = await addField(admin, '单选', '材料类别', 'Material');
    await category.getByRole('group', { name: '第 1 项' }).getByLabel('中文名称').fill('钢材');
    await category.getByRole('group', { name: '第 1 项' }).getByLabel('英文名称').fill('Steel');
    await category.getByRole('group', { name: '第 2 项' }).getByLabel('中文名称').fill('水泥');
    await category.getByRole('group', { name: '第 2 项' }).getByLabel('英文名称').fill('Cement');
    await category.getByLabel('必须填写').check();

    await addField(admin, '是 / 否', '是否紧急', 'Urgent');
    const reason = await addField(admin, '多行文字', '紧急原因', 'Why it is urgent');
    await reason.getByLabel('当此字段').selectOption({ label: '是否紧急' });
    expect(await reason.getByLabel('取值为').inputValue()).toBe('true');
    await reason.getByLabel('必须填写').check();

    const mobile = await addField(admin, '手机号', '联系电话', 'Contact mobile');
    expect(await mobile.getByLabel('个人信息标记').inputValue()).toBe('mobile');

    const amount = await addField(admin, '数字', '缺口数量', 'Shortfall');
    await amount.getByLabel('中文单位').fill('吨');
    await amount.getByLabel('英文单位').fill('t');
    await amount.getByLabel('最小值').fill('0');
    await amount.getByLabel('最大值').fill('10000');

    expect(await listedTitles(admin)).toEqual(['事项摘要', '材料类别', '是否紧急', '紧急原因', '联系电话', '缺口数量']);
    // From the keyboard: the handle keeps the focus and each move is announced.
    await admin.getByRole('button', { name: '排序：联系电话' }).focus();
    await admin.keyboard.press('ArrowUp');
    await admin.getByText('“联系电话”已移到第 4 位，共 6 个。').waitFor();
    await admin.keyboard.press('ArrowDown');
    await admin.getByText('“联系电话”已移到第 5 位，共 6 个。').waitFor();
    // By mouse: the number goes first.
    await admin.getByRole('button', { name: '排序：缺口数量' }).dragTo(admin.getByRole('button', { name: '排序：事项摘要' }));
    await expect.poll(() => listedTitles(admin)).toEqual(['缺口数量', '事项摘要', '材料类别', '是否紧急', '紧急原因', '联系电话']);
    problems.push(...(await auditPage(admin, 'form builder')));
    // With a choice's settings open (options, condition, personal-data mark), the page reads in each language alone.
    await admin.getByRole('button', { name: '紧急原因', exact: true }).click();
    await fieldSettings(admin).getByLabel('当此字段').waitFor();
    problems.push(
      ...(await languageFindings(admin, [
        FORM.zh,
        FORM.en,
        // the admin's display name and user name (the version history names who saved)
        '市场监管科管理员',
        'admin',
        ...['缺口数量', '事项摘要', '材料类别', '是否紧急', '紧急原因', '联系电话', '钢材', '水泥'],
        ...['Shortfall', 'Summary', 'Material', 'Urgent', 'Why it is urgent', 'Contact mobile', 'Steel', 'Cement', 't', '吨'],
      ])),
    );
    await fullPageShot(admin, `${SCREENSHOTS}form-builder.png`);

    // The preview in English, the conditional field hidden until its condition holds.
    const frame = admin.getByTestId('preview-frame');
    await admin.getByRole('group', { name: '预览语言' }).getByLabel('English').check();
    await frame.getByText('Shortfall (t)').waitFor();
    expect(await frame.getByLabel('Why it is urgent').count()).toBe(0);
    await frame.getByLabel('Urgent').check();
    await frame.getByLabel('Why it is urgent').waitFor();
    await admin.getByLabel('手机尺寸预览（390 像素宽）').check();
    const phone = await admin.getByRole('region', { name: '手机预览' }).boundingBox();
    expect(phone?.width).toBe(390);
    await fullPageShot(admin, `${SCREENSHOTS}form-builder-phone-preview.png`);

    await admin.getByRole('button', { name: '保存草稿' }).click();
    await admin.getByText(/草稿已保存/).waitFor(STEP);
    await admin.getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByText(/已发布第 \d+ 版。/).waitFor(STEP);
    await admin.close();

    const enterprise = await open('ent03');
    await enterprise.getByRole('link', { name: `填写「${FORM.zh}」` }).click(STEP);
    await enterprise.getByLabel('缺口数量（吨）').waitFor(STEP);
    expect(await enterprise.getByLabel('紧急原因').count()).toBe(0);
    await enterprise.getByLabel('是否紧急').check();
    await enterprise.getByLabel(/紧急原因/).waitFor();
    problems.push(...(await auditPage(enterprise, 'form built with the builder')));
    await fullPageShot(enterprise, `${SCREENSHOTS}form-builder-enterprise.png`);
    await enterprise.getByLabel('是否紧急').uncheck();
    await expect.poll(() => enterprise.getByLabel(/紧急原因/).count()).toBe(0);

    // The server validates the same schema: the shown conditional field is accepted and kept with the case.
    await enterprise.getByLabel('缺口数量（吨）').fill('20');
    await enterprise.getByLabel('事项摘要').fill('钢筋缺口二十吨');
    await enterprise.getByLabel('钢材').check();
    await enterprise.getByLabel('是否紧急').check();
    await enterprise.getByLabel(/紧急原因/).fill('主体结构停工待料');
    await enterprise.getByLabel('联系电话').fill('13800138000');
    await enterprise.getByRole('button', { name: '提交', exact: true }).click();
    await enterprise.getByText('主体结构停工待料').waitFor(STEP);
    await enterprise
      .getByText(/MS-\d{8}-\d{4}/)
      .first()
      .waitFor();
    problems.push(...(await auditPage(enterprise, 'case of the built form')));
    await enterprise.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
