// Signing in with a wrong password or nothing typed is the reader's slip, not the system's failure: the box says the
// sign-in did not happen and why (未能登录 · 用户名或密码错误), not 出错了 / Something went wrong.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('the sign-in page when it cannot sign in (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('says the sign-in did not happen and why, in Chinese and in English', async () => {
    const page = await journey.browser.newPage();
    await page.goto(journey.system.baseUrl);
    await page.getByLabel('用户名').fill('ent01');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('用户名或密码错误').waitFor(STEP);
    expect(await alert.innerText()).toContain('未能登录');
    expect(await alert.innerText()).not.toContain('出错了');

    await switchLanguage(page, 'en');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await alert.getByText('Wrong username or password').waitFor(STEP);
    expect(await alert.innerText()).toContain('Could not sign in');
    expect(await alert.innerText()).not.toContain('Something went wrong');
  });
});
