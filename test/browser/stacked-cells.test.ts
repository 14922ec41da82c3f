// On a phone a list's rows stack into cards, each cell a label beside its content. A cell whose content is several
// pieces — the visit log's 走访情况, "走访对象：项目经理" — stays one line of text beside its label, in each language,
// instead of the label, the colon and the value each taking a line of their own.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { bareAppWithBrowser, journeyChromium, signIn, switchLanguage } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };

describe.skipIf(!executable)('stacked table cells on a phone (chromium)', () => {
  const suite = bareAppWithBrowser(executable, { pages: true });

  beforeAll(async () => {
    const enterpriseId = Number((await suite.system.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    const cadre = await signedIn(suite.system.baseUrl, 'cadre1');
    const visit = await cadre.request('POST', '/api/visits', { enterpriseId, visitedOn: '2026-02-10', peopleMet: '项目经理' });
    if (visit.status !== 201) throw new Error(`visit: ${visit.status} ${JSON.stringify(visit.body)}`);
  });

  it('keeps a visit’s 走访情况 on one line beside its label, in each language', async () => {
    const page = await suite.browser.newPage({ viewport: PHONE });
    await signIn(page, suite.system.baseUrl, 'cadre1');
    await page.goto(`${suite.system.baseUrl}/#/visits`);
    const cell = page.locator('main td[data-label="走访情况"]').first();
    await cell.waitFor();
    expect(await cell.innerText()).toBe('走访对象：项目经理');
    await screenshot(page, { journey: 'stacked-cells', page: 'visits' });
    await switchLanguage(page, 'en');
    const english = page.locator('main td[data-label="What was recorded"]').first();
    await english.waitFor();
    // The field titles come from the server in the reader's language: the table keeps the Chinese row, with English
    // punctuation, until the visits are read again in English a moment after the switch.
    await expect.poll(() => english.innerText(), { timeout: 15_000 }).toMatch(/^[A-Z][\w ]+: 项目经理$/);
    await page.close();
  });
});
