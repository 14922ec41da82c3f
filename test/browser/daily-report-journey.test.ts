// In a real browser against the system as `npm start` runs it: today's daily-report round opens (its Schedule is
// triggered, as it fires every morning), an enterprise files the daily progress report, sees it received, and its cadre
// finds it on the compliance grid; the bulletins page is reachable. Every page is checked in zh-CN and en for
// untranslated keys and with axe-core.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectionScheduleId } from '#core/collection-schedules';
import { loadConfig } from '#core/config';
import { connectClient } from '#core/temporal';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { auditPage, journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { installationEnv, startScript } from '#scripts/kit/start-script';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };
const ENTERPRISE = '明湖工程监理咨询有限公司';

/** The page speaks to people: no key of the engine's results, no UUID, no JSON. */
async function expectNoInternals(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  for (const raw of ['roundId', 'punctuality', 'on_time', 'amends', 'receivedAt', 'decidedBy', 'stage']) expect(text).not.toContain(raw);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(text).not.toMatch(/[{}]/);
}

describe.skipIf(!executable)('daily progress report in a real browser (chromium)', () => {
  let env: Awaited<ReturnType<typeof installationEnv>>;
  const journey = useBrowserJourney(executable, async () => startScript((env = await installationEnv())));

  beforeAll(async () => {
    // The worker creates the Schedule at start; fire it now instead of waiting for tomorrow's 00:05.
    // The system's own client settings: its dev server, and the payload key `npm start` keeps under DATA_DIR.
    const client = await connectClient(loadConfig(env));
    try {
      const schedule = client.schedule.getHandle(collectionScheduleId('daily-report'));
      await eventually(
        () =>
          schedule.describe().then(
            () => true,
            () => false,
          ),
        Boolean,
      );
      await schedule.trigger();
    } finally {
      await client.connection.close();
    }
    const admin = new HttpSession(journey.system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const rounds = await eventually(
      async () => (await admin.request('GET', '/api/collections/rounds')).body.rounds ?? [],
      (list: unknown[]) => list.length > 0,
    );
    expect(rounds.length).toBeGreaterThan(0);
  }, 180_000);

  it('an enterprise files the daily report and its cadre sees it on the compliance grid', async () => {
    const problems: string[] = [];
    const enterprise = await journey.open('ent04', { width: 390, height: 844 });
    await enterprise.getByRole('link', { name: '填写「项目动态每日报送」' }).click();
    await enterprise.getByLabel('在岗人数').waitFor();
    problems.push(...(await auditPage(enterprise, 'daily report form')));
    const figures: [string, string][] = [
      ['已开工项目数', '1'],
      ['具备开工条件项目数', '0'],
      ['延期开工项目数', '0'],
      ['在岗人数', '86'],
      ['今日返岗人数', '12'],
      ['尚未返岗人数', '4'],
      ['口罩库存（只）', '2000'],
      ['消毒液库存（升）', '60'],
      ['体温计库存（支）', '8'],
    ];
    for (const [label, value] of figures) await enterprise.getByLabel(label).fill(value);
    await enterprise.getByRole('button', { name: '提交', exact: true }).click();
    await enterprise.getByText('已受理').first().waitFor(STEP);
    // The result in words (on time or late, by the 17:00 deadline of the day it runs), the figures under their titles.
    await enterprise.getByText(/^(按时提交|逾期提交)，\d{4}年\d{1,2}月\d{1,2}日$/).waitFor(STEP);
    await enterprise.getByText('口罩库存（只）').waitFor();
    await expectNoInternals(enterprise);
    problems.push(...(await auditPage(enterprise, 'daily report submission')));
    await expectNoInternals(enterprise);
    await fullPageShot(enterprise, `${SCREENSHOTS}daily-report-submitted.png`);

    const cadre = await journey.open('cadre1');
    await cadre.goto(`${journey.system.baseUrl}/#/reports`);
    const row = cadre.getByRole('row').filter({ hasText: ENTERPRISE });
    // The report is filed into the round by the workflow a moment after the submission: reload until it shows.
    await eventually(
      async () => {
        await cadre.reload();
        return (await row.textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
      },
      (text) => /按时|迟报/.test(text),
      45_000,
    );
    expect(await row.textContent()).toMatch(/按时|迟报/);
    problems.push(...(await auditPage(cadre, 'compliance grid')));
    await cadre.goto(`${journey.system.baseUrl}/#/bulletins`);
    await cadre.getByRole('heading', { level: 1 }).waitFor();
    problems.push(...(await auditPage(cadre, 'bulletins')));
    await fullPageShot(cadre, `${SCREENSHOTS}daily-report-compliance.png`);
    // The admin's list of recent rounds names each round's day as people write it, as its deadline beside it is.
    const admin = await journey.open('admin');
    await admin.goto(`${journey.system.baseUrl}/#/reports`);
    const round = admin.locator('ul.rounds li').first();
    await round.waitFor(STEP);
    expect(await round.innerText()).toMatch(/^项目动态每日报送 \d{4}年\d{1,2}月\d{1,2}日 · 截止 /);
    expect(problems).toEqual([]);
  });
});
