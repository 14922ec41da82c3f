// In a real browser against a system with `npm start`'s forms and demo data: a cadre records a visit through the visit-log
// definition rendered by rjsf, in Chinese (the enterprise chosen by name, a problem taken away with its category), sees
// it on its page and in the list by the fields' titles rather than their keys, and files the problem as a difficulty
// report in one click. The form and the list are checked in zh-CN and en for untranslated keys and with axe-core.
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const KEYS = ['enterpriseId', 'visitedOn', 'peopleMet', 'opinionsCount', 'opinions', 'problems', 'coordinate', 'funds'];

describe.skipIf(!executable)('visit log form in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);

  it('a cadre records a visit through the form and sees it by its titles, then files its problem', async () => {
    const cadre = await journey.open('cadre1');
    await cadre.goto(`${journey.system.baseUrl}/#/visits`);
    await cadre.getByRole('heading', { name: '走访记录', level: 1 }).waitFor(STEP);
    await cadre.getByRole('button', { name: '记录走访' }).click();

    const form = cadre.locator('form.rjsf');
    const enterprise = form.getByLabel('走访企业');
    await enterprise.waitFor(STEP);
    await enterprise.selectOption({ index: 1 });
    const enterpriseName = (await enterprise.locator('option:checked').innerText()).trim();
    expect(enterpriseName).not.toMatch(/^\d+$/);
    expect(await form.getByLabel('走访日期').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByLabel('走访对象').fill('项目经理 赵六');
    await form.getByLabel('征求意见（条）').fill('3');
    await form.getByLabel('意见内容').fill('希望协调工程款拨付');
    await form.getByRole('button', { name: '添加一项' }).click();
    // The item is titled by its number in words, not rjsf's "发现的问题-1".
    await form.getByText(/^发现的问题（第 1 项）/).waitFor(STEP);
    expect(await form.getByText('发现的问题-1').count()).toBe(0);
    await form.getByLabel('处理方式').selectOption({ label: '带回协调' });
    await form.getByLabel('问题类别').selectOption({ label: '资金' });
    await form.getByLabel('问题描述').fill('工程款拨付延迟两个月');
    const problems = await auditPage(cadre, 'visit form');
    await fullPageShot(cadre, `${SCREENSHOTS}visit-log-form.png`);
    await cadre.getByRole('button', { name: '保存走访记录' }).click();

    // The visit's own page: its fields by their titles, its problem by its kind and category.
    await cadre.getByRole('heading', { name: new RegExp(`走访「${enterpriseName}」`), level: 1 }).waitFor(STEP);
    const main = cadre.locator('#main');
    await main.getByText('项目经理 赵六').waitFor(STEP);
    const detail = await main.innerText();
    for (const words of ['走访对象', '征求意见（条）', '意见内容', '希望协调工程款拨付', '带回协调', '资金', '工程款拨付延迟两个月'])
      expect(detail).toContain(words);
    expect(KEYS.filter((key) => detail.includes(key))).toEqual([]);
    await cadre.getByRole('button', { name: '转为困难问题' }).click();
    await cadre.getByText('已代企业提交困难问题，进入您的待办。').waitFor(STEP);
    await cadre.getByRole('link', { name: '查看困难问题办理进度' }).waitFor(STEP);

    // The list shows it with the same titles.
    await cadre.getByRole('link', { name: '返回走访列表' }).click();
    const row = cadre.getByRole('row').filter({ hasText: '项目经理 赵六' });
    await row.waitFor(STEP);
    const rowText = await row.innerText();
    expect(rowText).toContain(enterpriseName);
    expect(rowText).toContain('走访对象：项目经理 赵六');
    expect(rowText).toContain('征求意见（条）：3');
    expect(KEYS.filter((key) => rowText.includes(key))).toEqual([]);
    problems.push(...(await auditPage(cadre, 'visit list')));
    await fullPageShot(cadre, `${SCREENSHOTS}visit-log-list.png`);
    await cadre.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
