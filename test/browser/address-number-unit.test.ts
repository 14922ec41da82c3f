// An address on a 390 px phone, in a real browser (chromium): the number in "济南市历下区经十路 1 号" keeps its unit,
// so the enterprise page's details and its project cards never show "1" at a line's end and "号" below it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '#scripts/kit/chromium';
import { journeyChromium, signIn } from '../helpers/browser';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { brokenWords } from '../helpers/broken-words';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
/** A number and the Chinese unit after it, however the page spaces them. */
const NUMBER_AND_UNIT = /\d+\s[\u3400-\u9fff]/g;

describe.skipIf(!executable)('a number in an address keeps its unit (chromium)', () => {
  let app: BareApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBareApp({ pages: true }), launchBrowser(executable!)]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('on the enterprise page, as the administrator reads it on a phone', async () => {
    const enterprise = await app.db('users').where({ username: 'ent01' }).first('enterprise_id');
    const page = await browser.newPage({ viewport: PHONE });
    await signIn(page, app.baseUrl, 'admin');
    await page.goto(`${app.baseUrl}/#/enterprises/${Number(enterprise.enterprise_id)}`);
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
