// Switching the language on an open page: what the server worded for the reader (a case's status, a task's summary)
// follows the switch at once, as the app's own words do, instead of staying in the old language until a reload.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { difficultyCase } from './work-list-fixtures';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const CASE = { summary: '钢筋供应中断，工地下周停工', caseNumber: 'KN-20261206-0701' };

describe.skipIf(!executable)('the language switch on an open page (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('words the status of a case on the workspace in English as soon as the enterprise switches to English', async () => {
    await difficultyCase(journey.system.db, 'ent01', { ...CASE, status: 'received', minutesAgo: 20 });
    const page = await journey.open('ent01');
    const row = page.getByRole('row').filter({ hasText: CASE.caseNumber });
    await row.getByText('已受理').waitFor(STEP);

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'My submissions' }).waitFor(STEP);
    await row.getByText('Received', { exact: true }).waitFor(STEP);
    expect(await row.innerText()).not.toContain('已受理');

    await switchLanguage(page, 'zh-CN');
    await row.getByText('已受理').waitFor(STEP);
    expect(await row.innerText()).not.toContain('Received');
  });
});
