// An address on a 390 px phone, in a real browser (chromium): the number in "济南市历下区经十路 1 号" keeps its unit,
// so the enterprise page's details and its project cards never show "1" at a line's end and "号" below it.
import { describe, expect, it } from 'vitest';
import { bareAppWithBrowser, journeyChromium, signIn } from '../helpers/browser';
import { brokenWords } from '../helpers/broken-words';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
/** A number and the Chinese unit after it, however the page spaces them. */
const NUMBER_AND_UNIT = /\d+\s[\u3400-\u9fff]/g;

describe.skipIf(!executable)('a number in an address keeps its unit (chromium)', () => {
  const suite = bareAppWithBrowser(executable, { pages: true });

  it('on the enterprise page, as the administrator reads it on a phone', async () => {
    const enterprise = await suite.system.db('users').where({ username: 'ent01' }).first('enterprise_id');
    const page = await suite.browser.newPage({ viewport: PHONE });
    await signIn(page, suite.system.baseUrl, 'admin');
    await page.goto(`${suite.system.baseUrl}/#/enterprises/${Number(enterprise.enterprise_id)}`);
    await page
      .getByRole('cell', { name: /经十路/ })
      .first()
      .waitFor();
    expect(
      await page
        .getByRole('cell', { name: /经十路/ })
        .first()
        .innerText(),
    ).toMatch(/经十路\s1\s号/);
    expect(await brokenWords(page, 'td, dd', NUMBER_AND_UNIT)).toEqual([]);
    await page.close();
  });
});
