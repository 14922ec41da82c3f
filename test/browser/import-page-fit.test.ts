// The CSV import page fits its screen, at a desk (1280px) and on a phone (390px), in each language: its file box is
// hidden behind a worded button, and the hidden box no longer keeps a field's full width past the page's right edge,
// which made the whole page scroll sideways. The settings page is held to the same fit.
import { describe, expect, it } from 'vitest';
import { bareAppWithBrowser, DESK, journeyChromium, signIn, switchLanguage } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';
import { sidewaysOverflow } from '../helpers/sideways-overflow';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };

describe.skipIf(!executable)('the CSV import page fits its screen (chromium)', () => {
  const suite = bareAppWithBrowser(executable, { pages: true });

  it.each([
    ['desk', DESK],
    ['phone', PHONE],
  ] as const)('does not scroll sideways (%s), in zh-CN and en', async (_name, viewport) => {
    const page = await suite.browser.newPage({ viewport });
    await signIn(page, suite.system.baseUrl, 'admin');
    await page.goto(`${suite.system.baseUrl}/#/admin/import`);
    await page.getByRole('heading', { name: '批量导入', level: 1 }).waitFor();
    await page.getByText('选择 CSV 文件').waitFor();
    expect(await sidewaysOverflow(page)).toEqual({ scrollsBy: 0, sticksOut: [] });
    await screenshot(page, { journey: 'import', page: 'empty' });
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'CSV import', level: 1 }).waitFor();
    expect(await sidewaysOverflow(page)).toEqual({ scrollsBy: 0, sticksOut: [] });
    await screenshot(page, { journey: 'import', page: 'empty' });
    await page.close();
  });

  // The settings page beside it (contacts, inspection bodies — added by their names, no key to type): the same fit, and
  // its screenshots for people to read, in Chinese at a desk and in English on a phone.
  it.each([
    ['desk', DESK, 'zh-CN'],
    ['phone', PHONE, 'en'],
  ] as const)(
    'the settings page does not scroll sideways (%s), with no key to type for a new inspection body',
    async (_name, viewport, locale) => {
      const page = await suite.browser.newPage({ viewport });
      await signIn(page, suite.system.baseUrl, 'admin');
      await page.goto(`${suite.system.baseUrl}/#/admin/settings`);
      await switchLanguage(page, locale);
      await page.getByRole('heading', { name: locale === 'en' ? 'Readiness inspection bodies' : '复工核查机构' }).waitFor();
      await page.getByRole('heading', { name: locale === 'en' ? 'Add an inspection body' : '新增核查机构' }).waitFor();
      expect(await page.getByLabel(/机构标识|Body key/).count()).toBe(0);
      expect(await sidewaysOverflow(page)).toEqual({ scrollsBy: 0, sticksOut: [] });
      await screenshot(page, { journey: 'settings', page: 'bodies' });
      await page.close();
    },
  );
});
