// In a real browser against the system as `npm start` runs it: headquarters reads the dashboard (the key figures
// first, then every group of figures as a collapsible section with its charts, tables on demand) and a cadre opens the
// visit log and the form to record a visit; on a fresh install without demo data the dashboard says what will appear.
// Every page is checked in zh-CN and en for untranslated keys and with axe-core.
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { installationEnv, startScript } from '#scripts/kit/start-script';
import { fullPageShot } from '../helpers/screenshots';

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

    // The key figures come first, right under the page's heading, before any group.
    const summary = hq.getByRole('region', { name: '关键指标' });
    await summary.waitFor(STEP);
    const cards = await summary.getByRole('listitem').allInnerTexts();
    for (const label of ['今日已报送企业', '今日逾期未报', '在办困难问题', '超时未办结', '已复工企业', '当前隔离观察']) {
      expect(
        cards.some((card) => card.startsWith(label)),
        JSON.stringify(cards),
      ).toBe(true);
    }
    expect(await hq.evaluate(() => document.querySelector('#main h1')!.nextElementSibling!.classList.contains('dashboard-summary'))).toBe(
      true,
    );
    expect(cards.find((card) => card.startsWith('已复工企业'))).toMatch(/已复工企业\s*\d+ \/ \d+/);

    await hq.screenshot({ path: `${SCREENSHOTS}dashboard-hq-summary.png` });

    // Each group folds away and opens again from its heading.
    const section = hq.getByRole('button', { name: '困难问题', exact: true });
    expect(await section.getAttribute('aria-expanded')).toBe('true');
    await section.click();
    expect(await section.getAttribute('aria-expanded')).toBe('false');
    expect(await hq.locator('#figure-group-difficulties-body').isVisible()).toBe(false);
    await section.click();
    await hq.locator('#figure-group-difficulties-body').waitFor({ state: 'visible', ...STEP });

    // Record tables open on demand: none shows until asked for.
    expect(await hq.locator('.figure-table__table').count()).toBeLessThan(await hq.locator('.figure-table').count());
    const records = hq.getByRole('button', { name: /^显示明细/ }).first();
    expect(await records.getAttribute('aria-expanded')).toBe('false');
    const before = await hq.locator('.figure-table__table').count();
    await records.click();
    await hq
      .getByRole('button', { name: /^收起表格/ })
      .first()
      .waitFor(STEP);
    expect(await hq.locator('.figure-table__table').count()).toBe(before + 1);
    const problems = await auditPage(hq, 'dashboard');
    await fullPageShot(hq, `${SCREENSHOTS}dashboard-hq.png`);
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
    await fullPageShot(cadre, `${SCREENSHOTS}visit-form.png`);
    await cadre.close();
    expect(problems).toEqual([]);
  }, 180_000);
});

describe.skipIf(!executable)('the dashboard of a fresh install in a real browser (chromium)', () => {
  const password = 'first-admin-2026';
  const journey = useBrowserJourney(executable, () =>
    installationEnv().then((env) => startScript({ ...env, FUGONG_SEED_DEMO: '0', FUGONG_ADMIN_PASSWORD: password })),
  );

  it('says what will appear and how to get data instead of showing a wall of zeros', async () => {
    const admin = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await admin.goto(journey.system.baseUrl);
    await admin.getByLabel('用户名').fill('admin');
    await admin.getByLabel('密码').fill(password);
    await admin.getByRole('button', { name: '登录' }).click();
    await admin.getByLabel('当前密码').fill(password);
    await admin.getByLabel(/^新密码/).fill('only-the-admin-knows-1');
    await admin.getByLabel('再次输入新密码').fill('only-the-admin-knows-1');
    await admin.getByRole('button', { name: '修改密码' }).click();
    await admin.getByRole('navigation', { name: '主导航' }).waitFor(STEP);

    await admin.goto(`${journey.system.baseUrl}/#/dashboard`);
    await admin.getByRole('heading', { name: '还没有数据', level: 2 }).waitFor(STEP);
    const text = await admin.locator('#main').innerText();
    expect(text).toContain('企业每天在截止时间前填报项目动态后');
    expect(text).toContain('请先导入或登记企业、项目和用户账号');
    await admin.getByRole('link', { name: '批量导入' }).first().waitFor(STEP);
    // No summary of zeros, and every group starts folded.
    expect(await admin.getByRole('region', { name: '关键指标' }).count()).toBe(0);
    for (const group of ['企业复工与项目', '项目动态每日报送', '困难问题']) {
      expect(await admin.getByRole('button', { name: group, exact: true }).getAttribute('aria-expanded')).toBe('false');
    }
    expect(await admin.locator('.figure-card').count()).toBe(0);
    const problems = await auditPage(admin, 'first-run dashboard');
    await fullPageShot(admin, `${SCREENSHOTS}dashboard-first-run.png`);
    await admin.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
