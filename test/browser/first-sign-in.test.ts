// In a real browser: a user whose account an administrator created signs in, is shown only the change-password page
// (checked in zh-CN and en and with axe-core), chooses a password and then reaches the app; one whose old password no
// longer meets the password rules is told so on that page, in both languages, before reaching the app.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { hashPassword } from '#core/auth/passwords';
import { auditPage, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('first sign-in with an admin-set password in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  it('asks for a new password before anything else, then opens the app', async () => {
    const admin = new HttpSession(journey.system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const created = await admin.request('POST', '/api/users', {
      username: 'newcomer',
      displayName: '新来的值班员',
      role: 'hq',
      password: 'set-by-admin-1',
    });
    expect(created.status).toBe(201);

    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(journey.system.baseUrl);
    await page.getByLabel('用户名').fill('newcomer');
    await page.getByLabel('密码').fill('set-by-admin-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '请修改初始密码' }).waitFor(STEP);
    const problems = await auditPage(page, 'password change');
    await fullPageShot(page, `${SCREENSHOTS}first-sign-in-password.png`);

    await page.getByLabel('当前密码').fill('set-by-admin-1');
    await page.getByLabel(/^新密码/).fill('only-i-know-1');
    await page.getByLabel('再次输入新密码').fill('only-i-know-1');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByRole('heading', { name: '请修改初始密码' }).waitFor({ state: 'detached', ...STEP });
    await page.getByRole('link', { name: '待办' }).first().waitFor(STEP);
    expect(problems).toEqual([]);
    expect(Boolean((await journey.system.db('users').where({ username: 'newcomer' }).first()).must_change_password)).toBe(false);
    await page.close();
  });

  it('tells someone whose old password no longer meets the rules why, then opens the app once it is replaced', async () => {
    await journey.system
      .db('users')
      .where({ username: 'cadre3' })
      .update({ password_hash: await hashPassword('password1'), demo_password: false });
    const page = await journey.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(journey.system.baseUrl);
    await page.getByLabel('用户名').fill('cadre3');
    await page.getByLabel('密码').fill('password1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '请设置新密码' }).waitFor(STEP);
    expect(await page.locator('main').innerText()).toContain('您的密码已不符合当前的密码规则');
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor(STEP);
    expect(await page.locator('main').innerText()).toContain('Your password no longer meets the password rules');
    await switchLanguage(page, 'zh-CN');

    await page.getByLabel('当前密码').fill('password1');
    await page.getByLabel(/^新密码/).fill('cadre-three-lantern-58');
    await page.getByLabel('再次输入新密码').fill('cadre-three-lantern-58');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByRole('heading', { name: '请设置新密码' }).waitFor({ state: 'detached', ...STEP });
    await page.getByRole('link', { name: '待办' }).first().waitFor(STEP);
    await page.close();
  });
});
