// In a real browser against a system with `npm start`'s forms and demo data: an enterprise reports a difficulty, its cadre returns it
// for information, the enterprise answers with a file, the cadre resolves and the enterprise confirms; another report is escalated
// by the cadre and claimed and resolved by the working-group member. Every page is checked in zh-CN and en for
// untranslated keys and with axe-core for serious or critical violations.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditPage, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { fullPageShot } from '../helpers/screenshots';
import { SAMPLE_PDF } from '#scripts/kit/sample-files';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const TASK_TITLE = { cadre: '困难问题反映 · 包挂干部办理', group: '困难问题反映 · 企业服务专班办理' };
// Long enough for a workflow step on a busy two-core machine, including the page's slowest poll (10 s).
const STEP = { timeout: 45_000 };

describe.skipIf(!executable)('difficulty reports in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);
  const { open } = journey;
  // Untranslated keys and serious axe violations found on the way; each journey ends by asserting there were none.
  let problems: string[] = [];

  async function audit(page: Page, name: string): Promise<void> {
    problems.push(...(await auditPage(page, name)));
  }

  /** The enterprise files a report from its home page and lands on the submission page; returns its id. */
  async function report(page: Page, category: string, summary: string): Promise<string> {
    await page.getByRole('link', { name: '填写「困难问题反映」' }).click();
    await page.getByLabel('问题描述').waitFor();
    await audit(page, 'difficulty form');
    // The category routes the report to a working group: nothing is chosen for the enterprise, and leaving it
    // empty is answered in words at the field.
    expect(await page.getByLabel('问题类别').inputValue()).toBe('');
    await page.getByLabel('问题描述').fill('缺人');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('请选择「问题类别」').first().waitFor();
    await page.getByText('至少填写 5 个字').first().waitFor();
    await page.getByLabel('问题类别').selectOption({ label: category });
    await page.getByLabel('问题描述').fill(summary);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('heading', { name: '当前办理情况' }).waitFor(STEP);
    await page.getByText('包挂干部办理中，请等待办理结果。').waitFor(STEP);
    // The case is called by its number, never by its UUID.
    await page
      .getByText(/^KN-\d{8}-\d{4}$/)
      .first()
      .waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    return decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
  }

  /**
   * Opens the open task of `title` for `enterprise` from the inbox as it first opens, without choosing a tab: a cadre's
   * inbox opens on 分配给我, a working-group member's on 我的工作组 (`tab`), where each one's work arrives.
   */
  async function openTask(page: Page, enterprise: string, title: string, tab = '分配给我'): Promise<void> {
    await page.goto(`${journey.system.baseUrl}/#/inbox`);
    const tabs = page.getByRole('group', { name: '待办分类' });
    await tabs.getByRole('button', { name: tab, pressed: true }).waitFor(STEP);
    const link = page.getByRole('row').filter({ hasText: enterprise }).getByRole('link', { name: title });
    await link.first().waitFor(STEP);
    await audit(page, `inbox (${tab})`);
    await link.first().click();
    await page.getByRole('heading', { name: title }).waitFor();
  }

  /** Chooses what to do in the decision area: its own form appears, with the button of the same name. */
  async function choose(page: Page, action: string): Promise<void> {
    await page.getByRole('radio', { name: action, exact: true }).check();
    await page.getByRole('button', { name: action, exact: true }).waitFor();
  }

  /** Decides with `action`; the page answers with what it came to (已上报上一级), not the button's verb (上报). */
  async function decide(page: Page, action: string, result: string): Promise<void> {
    await page.getByRole('button', { name: action, exact: true }).click();
    await page.getByText(`已提交，办理结果：${result}。`).waitFor(STEP);
  }

  /** The page speaks to people: no key of the engine's results, no UUID, no JSON. */
  async function expectNoInternals(page: Page, name: string): Promise<void> {
    const text = await page.locator('main').innerText();
    for (const raw of ['decidedBy', 'stage', 'roundId', 'punctuality', 'amends', 'solved-on-site', 'personnel_return'])
      expect(text, `${name} shows "${raw}"`).not.toContain(raw);
    expect(text, `${name} shows a UUID`).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(text, `${name} shows JSON`).not.toMatch(/[{}]/);
  }

  /** The instant the progress bar shows for its "received" step (the time it was first reached). */
  async function receivedAt(page: Page): Promise<string | null> {
    return page.locator('.progress-steps__step').nth(1).locator('time').getAttribute('datetime', { timeout: 10_000 });
  }

  /** The countdown's words and clock, a space apart in the text and apart on screen, in both languages. */
  async function expectCountdownSpaced(page: Page): Promise<void> {
    for (const [locale, words] of [
      ['en', 'Time left'],
      ['zh-CN', '剩余时间'],
    ] as const) {
      await switchLanguage(page, locale);
      const countdown = page.locator('p.countdown').first();
      expect(await countdown.textContent()).toMatch(new RegExp(`^${words} .*\\d{2}:\\d{2}:\\d{2}$`));
      const label = (await countdown.locator('span').first().boundingBox())!;
      const clock = (await countdown.locator('.countdown__clock').boundingBox())!;
      expect(clock.x - (label.x + label.width), locale).toBeGreaterThanOrEqual(4);
    }
  }

  it('an enterprise reports, answers a return for information, and confirms the resolution', async () => {
    problems = [];
    const enterprise = await open('ent01');
    await audit(enterprise, 'enterprise home');
    const id = await report(enterprise, '人员返岗', '二十名返岗工人缺少健康证明，无法进场');
    await audit(enterprise, 'submission (with the cadre)');
    await expectCountdownSpaced(enterprise);
    const accepted = await receivedAt(enterprise);
    expect(accepted).toBeTruthy();

    const cadre = await open('cadre1');
    await openTask(cadre, '泉城城市建设投资集团有限公司', TASK_TITLE.cadre);
    await audit(cadre, 'task page (cadre)');
    // What is asked comes before the decision: the report in the form's own words, then one decision area.
    const headings = await cadre.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf('来源填报')).toBeLessThan(headings.indexOf('办理'));
    await cadre.getByText('二十名返岗工人缺少健康证明，无法进场').waitFor();
    await cadre.getByText('人员返岗').first().waitFor();
    await expectNoInternals(cadre, 'task page (cadre)');
    // Returning needs a reason: sent without one, the error stands at that field.
    await choose(cadre, '退回修改');
    await cadre.getByRole('button', { name: '退回修改', exact: true }).click();
    expect(await cadre.locator('#root_note__error').innerText()).toBe('请填写「退回修改：需企业补充的内容」');
    await fullPageShot(cadre, `${SCREENSHOTS}task-decision-error.png`);
    await audit(cadre, 'task page (return without a reason)');
    await cadre.getByLabel('退回修改：需企业补充的内容').fill('请补充返岗人员名单和来源地');
    await decide(cadre, '退回修改', '已退回企业补充材料');

    await enterprise.getByText('需要您补充材料').waitFor(STEP);
    await enterprise.getByText('请补充返岗人员名单和来源地').first().waitFor();
    await audit(enterprise, 'submission (returned)');
    await enterprise.getByLabel('补充说明').fill('名单已整理：二十人均来自省内低风险地区');
    // The answer carries the list itself: uploaded on choice, listed with its size before sending.
    await enterprise
      .getByLabel('添加附件')
      .setInputFiles({ name: '返岗人员名单.pdf', mimeType: 'application/pdf', buffer: Buffer.from(SAMPLE_PDF) });
    const attached = enterprise.getByRole('list', { name: '附件' });
    await attached.getByRole('link', { name: '返岗人员名单.pdf' }).waitFor(STEP);
    expect(await attached.innerText()).toMatch(/返岗人员名单\.pdf （\d+ B） 移除/);
    await enterprise.getByRole('button', { name: '提交补充材料' }).click();
    await enterprise.getByText('已提交补充材料，办理时限继续计时。').waitFor(STEP);
    await enterprise.getByText('包挂干部办理中，请等待办理结果。').waitFor(STEP);

    await openTask(cadre, '泉城城市建设投资集团有限公司', TASK_TITLE.cadre);
    // The enterprise's answer stands right above the decision, not only deep in the history.
    await cadre.getByRole('heading', { name: '企业最新答复' }).waitFor(STEP);
    const replyHeadings = await cadre.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(replyHeadings.indexOf('企业最新答复')).toBe(replyHeadings.indexOf('办理') - 1);
    const latest = cadre.locator('section[aria-labelledby="task-latest-reply"]');
    expect(await latest.innerText()).toContain('名单已整理：二十人均来自省内低风险地区');
    // Its file beside it, named and sized, downloadable by the cadre; and under the answer in the case's history.
    expect(await latest.getByRole('list', { name: '附件' }).innerText()).toMatch(/^返岗人员名单\.pdf （\d+ B）$/);
    const href = await latest.getByRole('link', { name: '返岗人员名单.pdf' }).getAttribute('href');
    expect(await cadre.evaluate(async (url) => (await fetch(url!)).status, href)).toBe(200);
    const history = cadre.locator('section[aria-labelledby="task-timeline"]');
    await history.getByRole('link', { name: '返岗人员名单.pdf' }).waitFor();
    await expectNoInternals(cadre, 'task page (answer with a file)');
    await audit(cadre, 'task page (answer with a file)');
    await choose(cadre, '已解决');
    await cadre.getByLabel('办理结果').fill('已协调卫健部门上门办理健康证明');
    await cadre.getByLabel('办结方式').selectOption({ label: '协调解决' });
    await cadre.getByLabel('协调部门').fill('市卫健委');
    await decide(cadre, '已解决', '已解决');
    await fullPageShot(cadre, `${SCREENSHOTS}cadre-resolved.png`);

    await enterprise.getByText('请确认问题是否已解决').waitFor(STEP);
    await enterprise.getByText('已协调卫健部门上门办理健康证明').first().waitFor();
    // The case waits on the enterprise: the rung is the one that handled it, not where the case "now" is.
    const panel = enterprise.locator('.case-panel');
    expect(await panel.locator('dt').allInnerTexts()).toContain('办理环节');
    expect(await panel.getByText('当前环节').count()).toBe(0);
    await audit(enterprise, 'submission (resolved)');
    // The case's own history keeps the file under the answer that carried it.
    await enterprise.locator('section[aria-labelledby="submission-timeline"]').getByRole('link', { name: '返岗人员名单.pdf' }).waitFor();
    // Each step keeps the time it was first reached: the return and the resolution do not move "received".
    expect(await receivedAt(enterprise)).toBe(accepted);
    // The case waits on the enterprise now: the page says so, not that it is being handled.
    await enterprise.getByText('等待您的答复，本页会自动刷新…').waitFor(STEP);
    await enterprise.getByRole('button', { name: '确认已解决' }).click();
    await enterprise.getByText('感谢确认，事项已办结。').waitFor(STEP);
    await enterprise.getByText('企业确认问题已解决').waitFor(STEP);
    // The workflow has ended: the page stops refreshing.
    await enterprise.getByText(/，本页会自动刷新…$/).waitFor({ state: 'detached', ...STEP });
    const final = await fetchStatus(enterprise, id);
    expect(final).toBe('settled');
    expect(await receivedAt(enterprise)).toBe(accepted);
    await enterprise.locator('.progress-steps__step').nth(2).locator('time').waitFor();
    // The result in words, the cadre by name: never status/stage/decidedBy/path.
    const cadreName = (await (await cadre.request.get(`${journey.system.baseUrl}/api/session`)).json()).user.displayName as string;
    await enterprise
      .getByText(new RegExp(`^已办结：协调解决，办理人 ${cadreName}，\\d{4}年\\d{1,2}月\\d{1,2}日$`))
      .first()
      .waitFor(STEP);
    await expectNoInternals(enterprise, 'submission (confirmed)');
    await audit(enterprise, 'submission (confirmed)');
    await expectNoInternals(enterprise, 'submission (confirmed, after the language round trip)');
    // In English the same result and the report's fields speak English.
    await switchLanguage(enterprise, 'en');
    await enterprise
      .getByText(new RegExp(`^Settled: resolved by coordination by ${cadreName}, \\d{1,2} \\w{3} \\d{4}$`))
      .first()
      .waitFor(STEP);
    await enterprise.getByText('Personnel return').first().waitFor(STEP);
    await expectNoInternals(enterprise, 'submission (confirmed, en)');
    await switchLanguage(enterprise, 'zh-CN');
    await fullPageShot(enterprise, `${SCREENSHOTS}difficulty-confirmed.png`);

    // The audit log names the case by its number (a link) and people by name, and its actions in words.
    const caseNumber = (await enterprise.locator('.meta .mono').first().innerText()).trim();
    // The link in the enterprise's emails names the case by its number: the page opens on it, not on "加载中".
    await enterprise.goto(`${journey.system.baseUrl}/#/submissions/${caseNumber}`);
    await enterprise.getByRole('heading', { name: '困难问题反映', level: 1 }).waitFor(STEP);
    expect(await enterprise.locator('.meta .mono').first().innerText()).toBe(caseNumber);
    const admin = await open('admin');
    await admin.goto(`${journey.system.baseUrl}/#/admin/audit`);
    await admin.getByRole('heading', { name: '操作日志', level: 1 }).waitFor(STEP);
    const ofCase = admin.getByRole('row').filter({ has: admin.getByRole('link', { name: caseNumber }) });
    await ofCase.filter({ hasText: '提交表单' }).first().waitFor(STEP);
    await ofCase.filter({ hasText: '企业确认已解决' }).first().waitFor();
    // The cadre's decisions were on the case's task: named by the case too, not by the workflow's id for the task.
    await ofCase.filter({ hasText: '办理决定' }).first().waitFor();
    await audit(admin, 'audit log');
    const log = await admin.locator('main table').innerText();
    for (const raw of ['session.login', 'submission.create', 'case.confirm', 'formKey', 'formVersion', '用户 8'])
      expect(log, `audit log shows "${raw}"`).not.toContain(raw);
    expect(log).not.toMatch(/(提交记录|待办) [a-z-]*[0-9a-f]{8}-/);
    expect(log).toContain('登录');
    await switchLanguage(admin, 'en');
    await admin.getByRole('link', { name: caseNumber }).first().waitFor();
    expect(await admin.locator('main table').innerText()).toContain('Submitted form');
    await switchLanguage(admin, 'zh-CN');
    await fullPageShot(admin, `${SCREENSHOTS}audit-log.png`);
    await Promise.all([enterprise.close(), cadre.close(), admin.close()]);
    expect(problems).toEqual([]);
  }, 300_000);

  it('a cadre escalates a report; the working-group member sees it, claims it and resolves it', async () => {
    problems = [];
    const enterprise = await open('ent02', PHONE);
    await report(enterprise, '生产生活物资', '钢筋供应中断，工地下周停工');
    const cadre = await open('cadre1');
    await openTask(cadre, '济南华建第一建设集团有限公司', TASK_TITLE.cadre);
    await choose(cadre, '上报');
    await cadre.getByLabel('上报理由').fill('需专班协调钢材供应');
    await decide(cadre, '上报', '已上报上一级');

    const member = await open('class-materials');
    await openTask(member, '济南华建第一建设集团有限公司', TASK_TITLE.group, '我的工作组');
    await member.getByRole('button', { name: '认领' }).click();
    await member.getByText('您已认领此待办。').waitFor(STEP);
    await audit(member, 'task page (claimed)');
    await choose(member, '已解决');
    // Resolving needs how it was resolved: left out, the error stands at that field.
    await member.getByLabel('办理结果').fill('已联系钢厂优先供货');
    await member.getByRole('button', { name: '已解决', exact: true }).click();
    expect(await member.locator('#root_outcome__error').innerText()).toBe('请选择「办结方式」');
    await member.getByLabel('办结方式').selectOption({ label: '协调解决' });
    // Resolved by coordination: the form now asks which department coordinated (difficulty report v5).
    await member.getByRole('button', { name: '已解决', exact: true }).click();
    expect(await member.locator('#root_department__error').innerText()).toBe('请填写「协调部门」');
    await member.getByLabel('协调部门').fill('市工信局');
    await decide(member, '已解决', '已解决');
    await fullPageShot(member, `${SCREENSHOTS}group-resolved.png`);

    await enterprise.getByText('请确认问题是否已解决').waitFor(STEP);
    await enterprise.getByText('企业服务专班办理').first().waitFor();
    await audit(enterprise, 'submission (resolved by the group, phone)');
    await fullPageShot(enterprise, `${SCREENSHOTS}difficulty-resolved-phone.png`);
    await Promise.all([enterprise.close(), cadre.close(), member.close()]);
    expect(problems).toEqual([]);
  }, 300_000);

  it('a report whose answer was lost, changed and sent again, is not taken as changed; sent once more it is a new case', async () => {
    const page = await open('ent01');
    await page.goto(`${journey.system.baseUrl}/#/forms/difficulty-report`);
    await page.getByLabel('问题描述').waitFor(STEP);
    await page.getByLabel('问题类别').selectOption({ label: '人员返岗' });
    await page.getByLabel('问题描述').fill('钢筋工返岗不足十人');
    // The report reaches the server, but its answer never reaches the page (the signal dropped on the way back).
    await page.route('**/api/forms/difficulty-report/submissions', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('alert').first().waitFor(STEP);
    await page.unroute('**/api/forms/difficulty-report/submissions');
    const [first] = await filed('钢筋工返岗不足十人');
    await page.getByLabel('问题描述').fill('钢筋工返岗不足十人，另缺木工');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const said = `这次提交的编号已用于先前收到的提交 ${first!.case_number}，内容与本次不同，本次内容未提交`;
    await page.getByText(said).first().waitFor(STEP);
    expect(await filed('木工')).toEqual([]);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('heading', { name: '当前办理情况' }).waitFor(STEP);
    const [second] = await filed('另缺木工');
    expect(second!.case_number).not.toBe(first!.case_number);
    expect(await page.locator('main').innerText()).toContain(second!.case_number);
  });

  /** The difficulty reports whose summary holds `words`, oldest first. */
  async function filed(words: string): Promise<{ case_number: string }[]> {
    return journey.system
      .db('submissions')
      .where('form_key', 'difficulty-report')
      .where('data', 'like', `%${words}%`)
      .orderBy('created_at')
      .select('case_number');
  }
});

/** The submission's status as the API tells the signed-in page. */
async function fetchStatus(page: Page, id: string): Promise<string> {
  return page.evaluate(async (submissionId) => {
    const response = await fetch(`/api/submissions/${encodeURIComponent(submissionId)}`, { headers: { Accept: 'application/json' } });
    return ((await response.json()) as { submission: { status: string } }).submission.status;
  }, id);
}
