// In a real browser against a system with `npm start`'s forms and demo data (issue 18): an administrator reads the difficulty
// report's rules as a table, tries sample values, adds a rule "下班后 → 定为特急，包挂干部时限 2 小时" without typing
// JSON, sees the try box apply it, and finds it written into the params. zh-CN first, then the page in both languages
// with axe-core.
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('rules table and try box in the form editor (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);

  it('an admin tries the shipped urgent rule and adds an after-hours rule from the table', async () => {
    const admin = await journey.open('admin');
    await admin.goto(`${journey.system.baseUrl}/#/admin/forms/difficulty-report`);
    const rules = admin.locator('section.rules-editor');
    await rules.getByRole('heading', { name: '办理规则' }).waitFor(STEP);
    const first = rules.getByRole('listitem', { name: '规则 1' });
    expect(await first.getByLabel('规则名称（中文）').inputValue()).toBe('紧急');

    // The try box: nothing applies until the report is urgent.
    const tryBox = rules.locator('section.rules-try');
    await tryBox.getByText('没有规则生效：按流程参数办理。').waitFor(STEP);
    await tryBox.getByLabel('影响开复工，需紧急处理').selectOption({ label: '是' });
    await tryBox.getByText('规则 1：紧急 → 定为紧急').waitFor(STEP);

    // A second rule, built with the controls only.
    await rules.getByRole('button', { name: '添加规则' }).click();
    const second = rules.getByRole('listitem', { name: '规则 2' });
    await second.getByLabel('规则名称（中文）').fill('下班后');
    await second.getByLabel('规则名称（英文）').fill('After hours');
    await second.getByLabel('判断对象').selectOption('time');
    await second.getByLabel('比较', { exact: true }).selectOption('>=');
    await second.getByLabel('值', { exact: true }).fill('17:00');
    await second.getByLabel('优先级', { exact: true }).selectOption('3');
    await second.getByLabel('改变时限的环节').selectOption('cadre');
    await second.getByLabel('新的时限').selectOption('2 hours');

    await tryBox.getByLabel('提交时间').fill('18:30');
    await tryBox.getByText('规则 2：下班后 → 定为特急，包挂干部办理时限 2 小时').waitFor(STEP);
    await tryBox.getByText('规则 1：紧急 → 定为紧急').waitFor(STEP);
    await tryBox.getByLabel('提交时间').fill('16:59');
    await tryBox.getByText('规则 2：下班后').waitFor({ state: 'detached', ...STEP });

    // The table wrote the rule into the params, where the server's check reads it (the params' JSON tab shows them).
    await admin.getByRole('tab', { name: 'JSON' }).click();
    const params = JSON.parse(await admin.getByRole('textbox', { name: '流程参数', exact: true }).inputValue()) as { rules: unknown[] };
    expect(params.rules[1]).toEqual({
      label: { 'zh-CN': '下班后', en: 'After hours' },
      when: [{ time: 'local', op: '>=', value: '17:00' }],
      then: { priority: 3, sla: { cadre: '2 hours' } },
    });
    await admin.getByRole('button', { name: '检查', exact: true }).click();
    await admin.getByText('检查通过').waitFor(STEP);

    const problems = await auditPage(admin, 'form editor with rules');
    await fullPageShot(admin, `${SCREENSHOTS}form-rules-editor.png`);
    await admin.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
