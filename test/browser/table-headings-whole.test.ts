// Table headings on a phone (390 px), in a real browser (chromium): a Chinese heading is one word, so a narrow column
// may not show it one character a line (the account page's notification table showed 短 over 信 and 电子邮 over 件);
// an English heading breaks only between its words. Headings a stacked table keeps for screen readers are not read,
// nor row headings, which are phrases that wrap as text does.
import { describe, expect, it } from 'vitest';
import { bareAppWithBrowser, journeyChromium, rawKeysOn, signIn, switchLanguage } from '../helpers/browser';
import { brokenWords } from '../helpers/broken-words';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };

describe.skipIf(!executable)('table headings on a phone (chromium)', () => {
  const suite = bareAppWithBrowser(executable, { pages: true });

  it.each(['ent01', 'cadre1', 'gate1'])('keeps each heading of %s’s notification table whole, in zh-CN and en', async (username) => {
    const page = await suite.browser.newPage({ viewport: PHONE });
    await signIn(page, suite.system.baseUrl, username);
    await page.goto(`${suite.system.baseUrl}/#/account`);
    const table = page.getByRole('table', { name: '通知设置' });
    await table.getByRole('columnheader', { name: '短信' }).waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(expect.arrayContaining(['电子邮件', '短信']));
    expect(await brokenWords(page, 'thead th')).toEqual([]);
    await screenshot(page, { journey: 'table-headings-whole', page: `account-${username}`, locale: 'zh-CN' });
    await switchLanguage(page, 'en');
    await page.getByRole('table', { name: 'Notifications' }).getByRole('columnheader', { name: 'Email' }).waitFor();
    expect(await brokenWords(page, 'thead th')).toEqual([]);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });
});
