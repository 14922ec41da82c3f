// A form sent with fields missing lists its problems at the fields and above the buttons. Switching the language then
// words them again in the new language, at the fields and in the summary: the summary had kept 请选择「问题类别」 under
// English titles (Category: 请选择「问题类别」) while the fields lost their messages. The focus is not moved to a field.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const HAN = /\p{Script=Han}/u;

/** The summary's items and the messages under the fields. */
async function problems(page: Page): Promise<{ summary: string[]; fields: string[] }> {
  const summary = await page.locator('.notice--error .problem-list li').allInnerTexts();
  const fields = await page.locator('#root_category__error, #root_summary__error').allInnerTexts();
  return { summary, fields };
}

describe.skipIf(!executable)('a form’s problems after a change of language (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('words the difficulty report’s missing fields again in English and back in Chinese', async () => {
    const page = await journey.open('ent01');
    await page.goto(`${journey.system.baseUrl}/#/forms/difficulty-report`);
    await page.getByLabel('问题描述').waitFor(STEP);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('请选择「问题类别」').first().waitFor(STEP);
    expect(await problems(page)).toEqual({
      summary: ['请选择「问题类别」', '请填写「问题描述」'],
      fields: ['请选择「问题类别」', '请填写「问题描述」'],
    });

    await switchLanguage(page, 'en');
    await page.locator('#root_category__error').waitFor(STEP);
    const english = await problems(page);
    expect(english.summary).toHaveLength(2);
    expect(english.fields).toHaveLength(2);
    for (const text of [...english.summary, ...english.fields]) expect(text).not.toMatch(HAN);
    expect(english.summary[0]).toContain('Category');
    // Worded again, not sent again: the focus is not moved to the first field.
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toMatch(/^root_/);

    await switchLanguage(page, 'zh-CN');
    await page.getByText('请选择「问题类别」').first().waitFor(STEP);
    expect(await problems(page)).toEqual({
      summary: ['请选择「问题类别」', '请填写「问题描述」'],
      fields: ['请选择「问题类别」', '请填写「问题描述」'],
    });
    await page.close();
  });
});
