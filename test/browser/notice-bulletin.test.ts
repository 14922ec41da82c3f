// In a real browser: hostile text in a nomination (<script>, {{…}}, HTML) shows as text on the public bulletin and on
// the case page, and runs nothing; a visitor who is not signed in objects on the bulletin, whose notice then says its
// publicity is paused while the objection is reviewed.
import { beforeAll, describe, expect, it } from 'vitest';
import { createNoticeActivities } from '#activities/notice-activities';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { journeyChromium, rawKeysOn, seriousAxeViolations, useBrowserJourney } from '../helpers/browser';
import { startSystemWithPages } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { nominateToPublicity } from '../notices/commendation-journey';

const executable = journeyChromium();
const HOSTILE = '<script>window.__pwned = 1</script> {{submissionId}} <b>加粗</b> <img src=x onerror="window.__pwned = 2">';

describe.skipIf(!executable)('public bulletin in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystemWithPages(testDatabases()[0]!));
  let publicity: { submissionId: string; noticeId: number };

  beforeAll(async () => {
    const { system } = journey;
    publicity = await nominateToPublicity(system, HOSTILE);
    // A commendation published from the same words, as the effects publish it after a quiet window.
    const notices = createNoticeActivities({ db: system.db, renderer: createTemplateRenderer(system.config.timeZone) });
    const enterpriseId = (await system.db('submissions').where({ id: publicity.submissionId }).first('enterprise_id')).enterprise_id;
    await notices.publishNotice({
      key: `browser/${publicity.submissionId}`,
      template: 'commendation-notice',
      submissionId: publicity.submissionId,
      enterpriseId,
      formTitle: { 'zh-CN': '表扬推荐', en: 'Commendation' },
      data: { honour: '复工复产先进企业', deeds: HOSTILE, points: 5 },
    });
  }, 150_000);

  it('shows the nomination’s words as text on the bulletin, without signing in, and takes an objection', async () => {
    const { system, browser } = journey;
    const { baseUrl } = system;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/#/notices`);
    await page.getByRole('heading', { name: '公示公告栏' }).waitFor();
    await expect.poll(() => page.getByText(HOSTILE, { exact: false }).count()).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main b, main img, main script').count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '提出异议' }).click();
    await page.getByLabel('异议理由').fill('该企业曾隐瞒返岗人员旅居史');
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByText('请填写联系人姓名').waitFor();
    await page.getByLabel('联系人姓名').fill('李四');
    await page.getByLabel('联系人手机号码').fill('13912345678');
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByText('异议已受理，公示暂停，待审核人员核实后答复。').waitFor({ timeout: 30_000 });
    // Under review, not back to review: the bulletin shows that an objection is under review, never who lodged it.
    await page.getByText(/收到一条异议：(已受理|审核中)/).waitFor({ timeout: 30_000 });
    for (const told of ['13912345678', '139****5678', '李四']) expect(await page.getByText(told, { exact: false }).count()).toBe(0);
    await expect
      .poll(() => system.db('tasks').where({ submission_id: publicity.submissionId, step: 'objection-review' }).first('id'), {
        timeout: 30_000,
      })
      .toBeTruthy();
    expect(await system.db('tasks').where({ submission_id: publicity.submissionId, step: 'review' }).count({ n: '*' }).first()).toEqual({
      n: 1,
    });
    // Paused (before its review task was written): the notice's own text says so instead of inviting objections.
    await page.reload();
    await page.getByText('暂停公示：公示期间收到的异议正在核查中，核查期间暂不受理新的异议。', { exact: false }).waitFor();
    expect(await page.getByText('均可在本页提出', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '提出异议' }).count()).toBe(0);
    await page.close();
  });

  it('shows the nomination’s words as text on the case page of the nominating cadre', async () => {
    const { baseUrl } = journey.system;
    const page = await journey.open('cadre1');
    await page.goto(`${baseUrl}/#/submissions/${publicity.submissionId}`);
    await page.getByText(HOSTILE, { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main b:text("加粗"), main img[src="x"]').count()).toBe(0);
    await page.close();
  });
});
