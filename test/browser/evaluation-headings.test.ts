// The evaluation ranking at desktop width, in a real browser (chromium): each Chinese column heading is read as one word,
// so none may be broken across lines (排名 shown as 排 over 名, 已办结困难 split in two), an English heading breaks only
// between its words, and a count keeps its unit ("+5 分", never "+5" over "分"). A scored enterprise (credit points)
// makes the ranking show.
import { beforeAll, describe, expect, it } from 'vitest';
import { bareAppWithBrowser, DESK, journeyChromium, rawKeysOn, signIn, switchLanguage } from '../helpers/browser';
import { brokenWords } from '../helpers/broken-words';
import { screenshot } from '../helpers/screenshots';
import { insertCreditEntry } from '../credit/credit-fixture';

const executable = journeyChromium();

describe.skipIf(!executable)('the evaluation ranking’s headings (chromium)', () => {
  const suite = bareAppWithBrowser(executable, { pages: true });

  beforeAll(async () => {
    const enterprise = await suite.system.db('users').where({ username: 'ent01' }).first('enterprise_id');
    await insertCreditEntry(suite.system.db, Number(enterprise.enterprise_id));
  });

  it.each(['enterprise', 'hq'] as const)(
    'as %s, breaks no heading inside a word and parts no number from its unit, in zh-CN and en',
    async (who) => {
      const page = await suite.browser.newPage({ viewport: DESK });
      await signIn(page, suite.system.baseUrl, who === 'enterprise' ? 'ent01' : 'hq');
      await page.goto(`${suite.system.baseUrl}/#/evaluation`);
      const headings = '.evaluation-ranking th';
      // The scored cells, whose number and unit must stay together (spaces inside a cell are not word breaks).
      const units = async () => await brokenWords(page, '.evaluation-ranking td.evaluation-cell', /[^\s,，-]+(?:\s[^\s,，]+)?/g);
      await page.locator(headings, { hasText: '已办结困难' }).waitFor();
      expect(await page.locator(headings).allInnerTexts()).toContain('排名');
      expect(await brokenWords(page, headings)).toEqual([]);
      expect(await page.locator('.evaluation-ranking td.evaluation-cell', { hasText: '+5' }).first().innerText()).toMatch(
        /^5\s项，\+5\s分$/,
      );
      expect(await units()).toEqual([]);
      await screenshot(page, { journey: 'evaluation-headings', page: who, locale: 'zh-CN' });
      await switchLanguage(page, 'en');
      await page.locator(headings, { hasText: 'Difficulties settled' }).waitFor();
      expect(await brokenWords(page, headings)).toEqual([]);
      expect(await units()).toEqual([]);
      expect(await rawKeysOn(page)).toEqual([]);
      await page.close();
    },
  );
});
