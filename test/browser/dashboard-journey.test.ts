// In a real browser against the system as `npm start` runs it: headquarters reads the dashboard (every group of
// figures, with its charts and tables) and a cadre opens the visit log and the form to record a visit. Every page is
// checked in zh-CN and en for untranslated keys and with axe-core.
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { installationEnv, startScript } from '../helpers/start-script';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('dashboard and visit log in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, () => installationEnv().then(startScript));
  const { open } = journey;

  it('headquarters reads every group of figures on the dashboard, in both languages', async () => {
    const hq = await open('hq');
    await hq.goto(`${journey.system.baseUrl}/#/dashboard`);
    await hq.getByRole('heading', { name: '数据看板', level: 1 }).waitFor(STEP);
    for (const group of ['企业复工与项目', '项目动态每日报送', '困难问题', '工地出入口查验与隔离', '走访与意见征集']) {
      await hq.getByRole('heading', { name: group, level: 2 }).waitFor(STEP);
    }
    await hq.getByRole('link', { name: '导出全部表格（XLSX）' }).waitFor(STEP);
    const problems = await auditPage(hq, 'dashboard');
    await hq.screenshot({ path: `${SCREENSHOTS}dashboard-hq.png`, fullPage: true });
    await hq.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('a cadre opens the visit log and the form to record a visit, in both languages', async () => {
    const cadre = await open('cadre1');
    await cadre.goto(`${journey.system.baseUrl}/#/visits`);
    await cadre.getByRole('heading', { name: '走访记录', level: 1 }).waitFor(STEP);
    const problems = await auditPage(cadre, 'visit log');
    await cadre.getByRole('button', { name: '记录走访' }).click();
    await cadre.getByRole('textbox', { name: /^走访日期/ }).waitFor(STEP);
    problems.push(...(await auditPage(cadre, 'visit form')));
    await cadre.screenshot({ path: `${SCREENSHOTS}visit-form.png`, fullPage: true });
    await cadre.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
