// A mobile number and a name pasted from Excel or WeChat desktop carry invisible direction marks (U+202A … U+202C): the
// form in the browser takes them out as they are pasted, so the number passes the browser's own check (the same one the
// server makes) and the liaison form is filed with them clean. The app alone, its workflow not run.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const temporal = { workflow: { start: async () => ({}), getHandle: () => ({ describe: async () => ({ status: { name: 'RUNNING' } }) }) } };

describe.skipIf(!executable)('a mobile number pasted with direction marks (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ temporal }));

  it('passes the form’s check and is filed without them', async () => {
    const page = await journey.open('ent01', { width: 390, height: 844 });
    await page.getByRole('link', { name: '填写「工作联络员指定」' }).click();
    await page.getByLabel('联络员姓名').fill('\u202A孙八\u202C');
    await page.getByLabel('手机号码').fill('\u202A13900139000\u202C');
    await page.getByLabel('电子邮箱').fill('sunba@example.com');
    expect(await page.getByLabel('手机号码').inputValue()).toBe('13900139000');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('已受理').first().waitFor(STEP);
    expect(await page.getByText('请填写11位手机号码').count()).toBe(0);
    const row = await journey.system
      .db('submissions')
      .where({ form_key: 'liaison-designation' })
      .orderBy('created_at', 'desc')
      .first('data');
    const data = typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
    expect(data).toMatchObject({ liaisonName: '孙八', mobile: '13900139000' });
    await page.close();
  });
});
